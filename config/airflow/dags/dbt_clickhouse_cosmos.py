"""ClickHouse analytics dbt project rendered by astronomer-cosmos (seed 004).

``check_clickhouse`` (pre-flight ``SELECT 1``) -> ``clickhouse_analytics`` task
group (one task per seed/model, tests after each model).  dbt reads
``CLICKHOUSE_*`` env vars (see the project's ``profiles.yml``); at run time they
are rendered from the Airflow connection ``clickhouse_default``.

Cosmos builds the task group from the project's committed ``manifest.json``
(``LoadMode.DBT_MANIFEST``), so parsing this file runs no dbt: ``dbt ls`` at
parse time outlasted Airflow's 30 s import timeout on a loaded host.
Regenerate it with ``config/dbt/render_manifest.py`` after changing the project.
"""
from __future__ import annotations

from datetime import datetime, timedelta

from airflow.sdk import DAG, task
from cosmos import DbtTaskGroup, ExecutionConfig, ProfileConfig, ProjectConfig, RenderConfig
from cosmos.constants import InvocationMode, LoadMode, TestBehavior

from oner import config

PROJECT_DIR = config.DBT_ROOT / "clickhouse_analytics"
CONN = config.CLICKHOUSE_CONN_ID

# Run time: every CLICKHOUSE_* value is rendered from the Airflow connection.
RUNTIME_ENV = {
    "CLICKHOUSE_HOST": f"{{{{ conn.{CONN}.host }}}}",
    "CLICKHOUSE_PORT": f"{{{{ conn.{CONN}.port or 8123 }}}}",
    "CLICKHOUSE_USER": f"{{{{ conn.{CONN}.login }}}}",
    "CLICKHOUSE_PASSWORD": f"{{{{ conn.{CONN}.password }}}}",
    # dbt's as_bool wants the literals True/False
    "CLICKHOUSE_SECURE": (
        f"{{{{ 'True' if (conn.{CONN}.extra_dejson.get('secure', false) | string | lower) "
        "in ['true', '1', 'yes'] else 'False' }}"
    ),
}


with DAG(
    dag_id="dbt_clickhouse_cosmos",
    schedule="@daily",
    start_date=datetime(2024, 1, 1),
    catchup=False,
    max_active_runs=1,
    default_args={"owner": "oner", "retries": 1, "retry_delay": timedelta(minutes=2)},
    tags=["oner", "dbt", "clickhouse", "cosmos"],
    doc_md=__doc__,
):

    @task
    def check_clickhouse() -> str:
        from oner import airflow_io

        return str(airflow_io.clickhouse_client().command("SELECT version()"))

    dbt_models = DbtTaskGroup(
        group_id="clickhouse_analytics",
        project_config=ProjectConfig(dbt_project_path=PROJECT_DIR, manifest_path=PROJECT_DIR / "manifest.json"),
        profile_config=ProfileConfig(
            profile_name="clickhouse_analytics",
            target_name="dev",
            profiles_yml_filepath=PROJECT_DIR / "profiles.yml",
        ),
        # dbt-core + dbt-clickhouse live in the Airflow image: run dbt in-process.
        execution_config=ExecutionConfig(invocation_mode=InvocationMode.DBT_RUNNER),
        render_config=RenderConfig(
            load_method=LoadMode.DBT_MANIFEST,
            test_behavior=TestBehavior.AFTER_EACH,
        ),
        operator_args={"env": RUNTIME_ENV, "install_deps": False},
    )

    check_clickhouse() >> dbt_models
