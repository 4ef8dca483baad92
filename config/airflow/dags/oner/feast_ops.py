"""Feast repo operations used by the ML DAG (and by the tests, on a local store)."""
from __future__ import annotations

import importlib.util
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

DEFINITION_MODULES = ("features.py",)


def load_repo_objects(repo_path: str | Path) -> list[Any]:
    """Import the repo's definition modules and return every Feast object in them."""
    from feast import Entity, FeatureService, FeatureView
    from feast.data_source import DataSource

    repo = Path(repo_path)
    objects: list[Any] = []
    for name in DEFINITION_MODULES:
        mod_name = f"oner_feature_repo_{repo.resolve().as_posix().replace('/', '_')}_{Path(name).stem}"
        spec = importlib.util.spec_from_file_location(mod_name, repo / name)
        if spec is None or spec.loader is None:
            raise ImportError(f"cannot load {repo / name}")
        module = importlib.util.module_from_spec(spec)
        sys.modules[mod_name] = module
        spec.loader.exec_module(module)
        for value in vars(module).values():
            if isinstance(value, (Entity, FeatureView, FeatureService, DataSource)) and value not in objects:
                objects.append(value)
    return objects


def open_store(repo_path: str | Path) -> Any:
    from feast import FeatureStore

    return FeatureStore(repo_path=str(repo_path))


def apply_repo(store: Any, repo_path: str | Path) -> list[str]:
    """``feast apply`` equivalent: register all definitions and update infra."""
    objects = load_repo_objects(repo_path)
    store.apply(objects)
    return sorted(f"{type(o).__name__}:{o.name}" for o in objects)


def materialize(store: Any, start: datetime, end: datetime, views: list[str] | None = None) -> None:
    """Load the offline window [start, end] into the online store (Redis)."""
    store.materialize(start_date=start, end_date=end, feature_views=views)


def online_features(store: Any, customer_ids: list[int], service: str = "churn_model_v1") -> dict[str, list[Any]]:
    feature_service = store.get_feature_service(service)
    rows = [{"customer_id": int(c)} for c in customer_ids]
    return store.get_online_features(features=feature_service, entity_rows=rows).to_dict()
