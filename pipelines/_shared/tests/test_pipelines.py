"""What every pipeline must pass, run for each folder under pipelines/ (or ONERING_PIPELINES_ROOT): its declaration,
dbt parse with described models, Dagster definitions that load, notebooks that execute on the sample, and its daily
job against a real PostgreSQL and S3 bucket of its own."""

from __future__ import annotations

import json

import dagster as dg
import nbformat
import pytest
import yaml
from dbt.cli.main import dbtRunner
from nbclient import NotebookClient
from pipeline_testing import load_definitions, pipeline_folders

FOLDERS = pipeline_folders()
by_pipeline = pytest.mark.parametrize("pipeline_folder", FOLDERS, ids=[f.name for f in FOLDERS], indirect=True)


def test_there_is_a_pipeline_to_test():
    assert FOLDERS, "no pipeline folder found"


@by_pipeline
def test_declaration_names_its_folder(pipeline_folder):
    declared = yaml.safe_load((pipeline_folder / "pipeline.yaml").read_text())
    assert declared["name"] == pipeline_folder.name
    assert declared["title"].strip()
    assert isinstance(declared["tempRetentionDays"], int) and declared["tempRetentionDays"] >= 1


@by_pipeline
def test_dbt_parses_and_every_model_and_column_is_described(pipeline_folder):
    project = pipeline_folder / "dbt"
    result = dbtRunner().invoke(["parse", "--project-dir", str(project), "--profiles-dir", str(project), "--quiet"])
    assert result.success, result.exception
    manifest = json.loads((project / "target" / "manifest.json").read_text())
    models = [n for n in manifest["nodes"].values() if n["resource_type"] == "model"]
    assert models, "the dbt project has no model"
    for model in models:
        assert model["description"].strip(), f"model {model['name']} has no description"
        undescribed = [c for c, spec in model["columns"].items() if not spec["description"].strip()]
        assert not undescribed, f"model {model['name']}: columns without description {undescribed}"


@by_pipeline
def test_definitions_load_with_daily_and_cleanup_schedules(pipeline_folder):
    defs = load_definitions(pipeline_folder)
    dg.Definitions.validate_loadable(defs)
    keys = {spec.key for spec in defs.resolve_all_asset_specs()}
    assert any(k.path[0] == "raw" for k in keys), keys
    assert any(k.path[0] != "raw" for k in keys), "no dbt model became an asset"
    schedules = {s.job_name: s for s in defs.schedules}
    assert set(schedules) == {f"{pipeline_folder.name}_daily", "temp_cleanup"}
    assert all(s.default_status == dg.DefaultScheduleStatus.RUNNING for s in schedules.values())


@by_pipeline
def test_notebooks_execute_on_the_sample(pipeline_folder):
    notebooks = sorted((pipeline_folder / "notebooks").glob("*.ipynb"))
    assert notebooks, "the pipeline has no notebook"
    for path in notebooks:
        notebook = nbformat.read(path, as_version=4)
        NotebookClient(notebook, timeout=600, kernel_name="python3",
                       resources={"metadata": {"path": str(path.parent)}}).execute()
        assert any(o.get("output_type") == "execute_result" for c in notebook.cells for o in c.get("outputs", [])), path


@by_pipeline
def test_daily_job_lands_raw_files_and_builds_every_model(pipeline_folder, materialized):
    landed = materialized.s3().list_objects_v2(Bucket=materialized.bucket, Prefix="raw/").get("KeyCount", 0)
    assert landed >= 1, "the raw assets landed nothing in the pipeline's bucket"
    tables = {r[0] for r in materialized.query(
        "select table_schema || '.' || table_name from information_schema.tables where table_schema in ('raw', 'analytics')")}
    manifest = json.loads((pipeline_folder / "dbt" / "target" / "manifest.json").read_text())
    models = {f"analytics.{n['name']}" for n in manifest["nodes"].values() if n["resource_type"] == "model"}
    assert models <= tables, f"models not built: {models - tables}"
