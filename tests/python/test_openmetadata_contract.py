"""The bodies the openmetadata hook sends, checked with OpenMetadata's own request models (openmetadata-ingestion at
the server's version). OpenMetadataHookTest (the Java stage, which runs first) keeps every PUT body the hook sent to
its stub for the stack with every source in target/contract/openmetadata/. Each body must validate, and each
connection and source config must resolve to the variant the hook means, not to another member of the union."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from pydantic import ValidationError

from conftest import REPO_ROOT

CONTRACT = REPO_ROOT / "target" / "contract" / "openmetadata"


def _bodies(prefix: str) -> dict[str, dict]:
    files = sorted(CONTRACT.glob(f"{prefix}-*.json"))
    assert files, f"no {prefix} bodies in {CONTRACT}: run the Java tests first (mvn test, OpenMetadataHookTest)"
    return {f.stem[len(prefix) + 1:]: json.loads(f.read_text()) for f in files}


def test_database_services_are_valid_requests_of_their_connection_types():
    from metadata.generated.schema.api.services.createDatabaseService import CreateDatabaseServiceRequest

    expected = {"postgres-curated": "PostgresConnection", "clickhouse-analytics": "ClickhouseConnection",
                "trino-lakehouse": "TrinoConnection"}
    bodies = _bodies("databaseServices")
    assert set(bodies) == set(expected)
    for name, body in bodies.items():
        request = CreateDatabaseServiceRequest.model_validate(body)
        assert type(request.connection.config).__name__ == expected[name], name


def test_the_airflow_service_reads_the_rest_api_as_the_viewer():
    from metadata.generated.schema.api.services.createPipelineService import CreatePipelineServiceRequest

    request = CreatePipelineServiceRequest.model_validate(_bodies("pipelineServices")["airflow"])
    airflow = request.connection.config
    assert type(airflow).__name__ == "AirflowConnection"
    assert type(airflow.connection).__name__ == "AirflowRestApiConnection"
    assert airflow.connection.authConfig.username == "viewer"


def test_ingestion_pipelines_are_valid_requests_of_their_source_types():
    from metadata.generated.schema.api.services.ingestionPipelines.createIngestionPipeline import (
        CreateIngestionPipelineRequest,
    )

    expected = {"postgres-curated-metadata": "DatabaseServiceMetadataPipeline",
                "clickhouse-analytics-metadata": "DatabaseServiceMetadataPipeline",
                "trino-lakehouse-metadata": "DatabaseServiceMetadataPipeline",
                "airflow-metadata": "PipelineServiceMetadataPipeline",
                "clickhouse-analytics-dbt": "DbtPipeline"}
    bodies = _bodies("ingestionPipelines")
    assert set(bodies) == set(expected)
    for name, body in bodies.items():
        request = CreateIngestionPipelineRequest.model_validate(body)
        assert type(request.sourceConfig.config).__name__ == expected[name], name
        assert request.service.type in {"databaseService", "pipelineService"}
    dbt = CreateIngestionPipelineRequest.model_validate(bodies["clickhouse-analytics-dbt"]).sourceConfig.config.dbtConfigSource
    assert type(dbt).__name__ == "DbtS3Config"
    assert str(dbt.dbtSecurityConfig.endPointURL).startswith("http://object-store:")


def test_the_models_refuse_what_the_server_would():
    """The check can fail: a pipeline type the server does not know, and a key it does not take, are refused."""
    from metadata.generated.schema.api.services.ingestionPipelines.createIngestionPipeline import (
        CreateIngestionPipelineRequest,
    )

    body = _bodies("ingestionPipelines")["postgres-curated-metadata"]
    with pytest.raises(ValidationError, match="pipelineType"):
        CreateIngestionPipelineRequest.model_validate({**body, "pipelineType": "DatabaseMetadata"})
    config = {**body["sourceConfig"]["config"], "includeTable": True}
    with pytest.raises(ValidationError):
        CreateIngestionPipelineRequest.model_validate({**body, "sourceConfig": {"config": config}})
