"""Dagster code location of the __PIPELINE_NAME__ pipeline."""

from pathlib import Path

from onering_pipelines import PipelineSettings, csv_source_asset, pipeline_definitions

settings = PipelineSettings.load(Path(__file__).resolve().parents[1])

defs = pipeline_definitions(settings, [
    csv_source_asset(settings, "records", "Records as the source delivers them (every column text)."),
])
