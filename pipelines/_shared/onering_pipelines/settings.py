"""A pipeline's settings: its declaration (pipeline.yaml) plus what the platform passes in the environment."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import yaml


@dataclass(frozen=True)
class PipelineSettings:
    name: str
    title: str
    folder: Path
    bucket: str
    temp_retention_days: int

    @staticmethod
    def load(folder: Path) -> "PipelineSettings":
        """Reads ``folder/pipeline.yaml``; the platform may set the bucket and retention (PIPELINE_BUCKET,
        PIPELINE_TEMP_RETENTION_DAYS), and outside the platform they follow from the declaration."""
        declared = yaml.safe_load((folder / "pipeline.yaml").read_text(encoding="utf-8"))
        name = declared["name"]
        if name != folder.name:
            raise ValueError(f"{folder}/pipeline.yaml declares name {name!r}, not its folder's name {folder.name!r}")
        return PipelineSettings(
            name=name,
            title=declared["title"],
            folder=folder,
            bucket=os.environ.get("PIPELINE_BUCKET", "pipeline-" + name.replace("_", "-")),
            temp_retention_days=int(os.environ.get("PIPELINE_TEMP_RETENTION_DAYS", declared["tempRetentionDays"])),
        )

    @property
    def dbt_dir(self) -> Path:
        return self.folder / "dbt"

    @property
    def sample_dir(self) -> Path:
        return self.folder / "data" / "sample"
