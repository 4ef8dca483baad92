"""What every OneRing pipeline shares: its settings, its bucket and warehouse, and its Dagster definitions.

A pipeline folder (pipelines/<name>/) declares its raw assets; ``pipeline_definitions`` adds its dbt models as
Dagster assets, a daily job over everything, and the daily cleanup of its temporary data.
"""

from onering_pipelines.settings import PipelineSettings
from onering_pipelines.storage import cleanup_temp, land, s3_client
from onering_pipelines.warehouse import connect, replace_table
from onering_pipelines.definitions import csv_source_asset, pipeline_definitions

__all__ = [
    "PipelineSettings",
    "cleanup_temp",
    "connect",
    "csv_source_asset",
    "land",
    "pipeline_definitions",
    "replace_table",
    "s3_client",
]
