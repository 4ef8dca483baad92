"""A pipeline's Dagster definitions: its raw assets, its dbt models as assets (dagster-dbt), a daily job over all
of them, and the daily cleanup of its temporary data."""

import io
from datetime import datetime, timezone

import dagster as dg
import pandas as pd
from dagster_dbt import DbtCliResource, DbtProject, dbt_assets

from onering_pipelines.settings import PipelineSettings
from onering_pipelines.storage import cleanup_temp, land, s3_client
from onering_pipelines.warehouse import connect, replace_table

RAW_SCHEMA = "raw"
DAILY_AT = "0 5 * * *"
CLEANUP_AT = "30 3 * * *"


def csv_source_asset(settings: PipelineSettings, table: str, description: str) -> dg.AssetsDefinition:
    """The raw asset ``raw.<table>``, which the dbt project's source of the same name reads: the source CSV as it
    came, landed in the pipeline's bucket under raw/<table>/<run id>.csv and loaded as text into its database."""

    @dg.asset(key=dg.AssetKey([RAW_SCHEMA, table]), group_name=settings.name, description=description)
    def raw_table(context: dg.AssetExecutionContext) -> dg.MaterializeResult:
        body = (settings.sample_dir / f"{table}.csv").read_bytes()
        frame = pd.read_csv(io.BytesIO(body), dtype=str, keep_default_na=False)
        landed = land(s3_client(), settings.bucket, f"{RAW_SCHEMA}/{table}/{context.run_id}.csv", body)
        with connect() as conn:
            rows = replace_table(conn, RAW_SCHEMA, table, frame)
        return dg.MaterializeResult(metadata={"rows": rows, "landed": landed})

    return raw_table


def dbt_project(settings: PipelineSettings) -> DbtProject:
    """The pipeline's dbt project; its manifest is parsed at image build time, and on first load in a checkout."""
    project = DbtProject(project_dir=settings.dbt_dir)
    if not project.manifest_path.exists():
        project.preparer.prepare(project)
    return project


def pipeline_definitions(settings: PipelineSettings, raw_assets: list[dg.AssetsDefinition]) -> dg.Definitions:
    project = dbt_project(settings)

    @dbt_assets(manifest=project.manifest_path, name=f"{settings.name}_dbt_models")
    def dbt_models(context: dg.AssetExecutionContext, dbt: DbtCliResource):
        yield from dbt.cli(["build"], context=context).stream()

    daily = dg.define_asset_job(f"{settings.name}_daily", selection=dg.AssetSelection.all(),
                                description=f"{settings.title}: raw data, then every dbt model and test")

    @dg.op(name="remove_expired_temp_files")
    def remove_expired_temp_files(context: dg.OpExecutionContext) -> None:
        removed = cleanup_temp(s3_client(), settings.bucket, settings.temp_retention_days, datetime.now(timezone.utc))
        context.log.info(f"removed {len(removed)} object(s) older than {settings.temp_retention_days} days "
                         f"under s3://{settings.bucket}/temp/")

    @dg.job(name="temp_cleanup", description=f"Removes temp/ files older than {settings.temp_retention_days} days")
    def temp_cleanup():
        remove_expired_temp_files()

    return dg.Definitions(
        assets=[*raw_assets, dbt_models],
        jobs=[daily, temp_cleanup],
        schedules=[
            dg.ScheduleDefinition(job=daily, cron_schedule=DAILY_AT, default_status=dg.DefaultScheduleStatus.RUNNING),
            dg.ScheduleDefinition(job=temp_cleanup, cron_schedule=CLEANUP_AT, default_status=dg.DefaultScheduleStatus.RUNNING),
        ],
        resources={"dbt": DbtCliResource(project_dir=project)},
    )
