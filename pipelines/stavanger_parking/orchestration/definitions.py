"""Dagster code location of the stavanger_parking pipeline."""

from pathlib import Path

from onering_pipelines import PipelineSettings, csv_source_asset, pipeline_definitions

settings = PipelineSettings.load(Path(__file__).resolve().parents[1])

defs = pipeline_definitions(settings, [
    csv_source_asset(settings, "parking_observations",
                     "Free spaces per car park as Stavanger's open data feed publishes them (Norwegian headers, text)."),
])
