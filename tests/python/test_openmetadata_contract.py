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
QUALITY_CONTRACT = REPO_ROOT / "target" / "contract" / "openmetadata-quality"


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

    assert set(_bodies("pipelineServices")) == {"airflow", "airbyte"}
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
                "airbyte-metadata": "PipelineServiceMetadataPipeline",
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


def test_the_dbt_pipeline_finds_the_manifest_the_object_store_hook_publishes_on_a_real_s3_server():
    """OpenMetadata's own dbt reader (get_dbt_details) with the dbt pipeline's bucket and prefix, against the real S3
    test server holding the manifest where the dev stack's object-store hook uploads it (its S3_SEEDS in the offline
    plan): it finds the project's manifest; a prefix beside it finds none."""
    import uuid

    import boto3
    from metadata.generated.schema.api.services.ingestionPipelines.createIngestionPipeline import (
        CreateIngestionPipelineRequest,
    )
    from metadata.ingestion.source.database.dbt.dbt_config import DBTConfigException, get_dbt_details

    from conftest import CONFIG, offline_plan, required_env

    s3 = required_env("ONERING_TEST_S3_ENDPOINT", "ONERING_TEST_S3_ACCESS_KEY", "ONERING_TEST_S3_SECRET_KEY", "ONERING_TEST_S3_REGION")
    hook = next(r for r in offline_plan("dev") if r["name"] == "hook-object-store")
    seed = next(s for s in json.loads(hook["inputs"]["environment"]["S3_SEEDS"]) if s["key"].endswith("/manifest.json"))
    body = _bodies("ingestionPipelines")["clickhouse-analytics-dbt"]
    source = body["sourceConfig"]["config"]["dbtConfigSource"]
    assert source["dbtPrefixConfig"]["dbtBucketName"] == seed["bucket"]
    # The test server's bucket names are shared with other tests: a unique one, the hook's prefix and key kept.
    bucket = f"{seed['bucket']}-{uuid.uuid4().hex[:8]}"
    source["dbtPrefixConfig"]["dbtBucketName"] = bucket
    source["dbtSecurityConfig"].update(endPointURL=s3["ONERING_TEST_S3_ENDPOINT"], awsRegion=s3["ONERING_TEST_S3_REGION"],
                                       awsAccessKeyId=s3["ONERING_TEST_S3_ACCESS_KEY"],
                                       awsSecretAccessKey=s3["ONERING_TEST_S3_SECRET_KEY"])
    client = boto3.client("s3", endpoint_url=s3["ONERING_TEST_S3_ENDPOINT"], region_name=s3["ONERING_TEST_S3_REGION"],
                          aws_access_key_id=s3["ONERING_TEST_S3_ACCESS_KEY"], aws_secret_access_key=s3["ONERING_TEST_S3_SECRET_KEY"])
    client.create_bucket(Bucket=bucket)
    manifest = (CONFIG / seed["file"]).read_bytes()
    client.put_object(Bucket=bucket, Key=seed["key"], Body=manifest)
    try:
        config = CreateIngestionPipelineRequest.model_validate(body).sourceConfig.config.dbtConfigSource
        found = list(get_dbt_details(config))
        assert len(found) == 1
        assert found[0].dbt_manifest["nodes"].keys() == json.loads(manifest)["nodes"].keys()

        source["dbtPrefixConfig"]["dbtObjectPrefix"] = "dbt/elsewhere"
        with pytest.raises(DBTConfigException, match="manifest"):
            list(get_dbt_details(CreateIngestionPipelineRequest.model_validate(body).sourceConfig.config.dbtConfigSource))
    finally:
        client.delete_object(Bucket=bucket, Key=seed["key"])
        client.delete_bucket(Bucket=bucket)


def test_openmetadatas_airbyte_client_logs_in_and_lists_with_the_service_the_hook_registers():
    """The Airbyte service as the openmetadata-airbyte hook registers it, through OpenMetadata's own Airbyte client
    (AirbyteCloudClient, chosen for OAuth client credentials) against a stub of Airbyte's public API: it asks for a
    token at /api/public/v1/applications/token with the instance's client credentials and lists workspaces and
    connections under /api/public/v1, the paths Airbyte's API reference gives."""
    from metadata.generated.schema.api.services.createPipelineService import CreatePipelineServiceRequest
    from metadata.ingestion.source.pipeline.airbyte.connection import get_connection

    from conftest import JsonApiStub

    body = _bodies("pipelineServices")["airbyte"]
    config = body["connection"]["config"]
    client_id, client_secret = config["auth"]["clientId"], config["auth"]["clientSecret"]

    def answer(method, path, query, request, headers):
        if (method, path) == ("POST", "/api/public/v1/applications/token"):
            ok = request == {"client_id": client_id, "client_secret": client_secret}
            return (200, {"access_token": "tok", "token_type": "Bearer", "expires_in": 180}) if ok else (401, {"message": "client"})
        if headers.get("Authorization") != "Bearer tok":
            return 401, {"message": "token"}
        if (method, path) == ("GET", "/api/public/v1/workspaces"):
            return 200, {"data": [{"workspaceId": "ws-1", "name": "Default"}]}
        if (method, path) == ("GET", "/api/public/v1/connections"):
            return 200, {"data": [{"connectionId": "c-1", "name": "onering-demo-orders-to-bronze", "workspaceId": "ws-1"}]}
        return 404, {"message": path}

    api = JsonApiStub(answer)
    try:
        assert config["hostPort"].endswith("/api/public")
        config["hostPort"] = api.url + "/api/public"
        client = get_connection(CreatePipelineServiceRequest.model_validate(body).connection.config)
        assert type(client).__name__ == "AirbyteCloudClient"
        workspaces = client.list_workspaces()
        assert [w["workspaceId"] for w in workspaces] == ["ws-1"]
        assert [c["name"] for c in client.list_connections("ws-1")] == ["onering-demo-orders-to-bronze"]
        assert ("POST", "/api/public/v1/applications/token") == api.requests[0][:2]
    finally:
        api.close()


def test_the_dags_quality_results_are_valid_requests_under_the_names_openmetadata_builds():
    """What oner.catalog_quality sends (kept by test_catalog_quality.py in the data group, which runs first): each body
    validates as OpenMetadata's own request, and each test case's name and entity link are the ones OpenMetadata's FQN
    and entity-link builders give for its table and column."""
    from metadata.generated.schema.api.tests.createTestCase import CreateTestCaseRequest
    from metadata.generated.schema.api.tests.createTestDefinition import CreateTestDefinitionRequest
    from metadata.generated.schema.entity.data.table import Table
    from metadata.generated.schema.tests.basic import TestCaseResult, TestCaseStatus
    from metadata.generated.schema.tests.testCase import TestCase
    from metadata.utils import fqn
    from metadata.utils.entity_link import get_entity_link

    kept = QUALITY_CONTRACT / "silver_orders.json"
    assert kept.is_file(), f"{kept} is missing: run the data group first (tests/python/run.sh --group data)"
    published = json.loads(kept.read_text())
    service, database, schema, table = published["table"].split(".")
    for body in published["definitions"]:
        CreateTestDefinitionRequest.model_validate(body)
    built = set()
    for body in published["cases"]:
        request = CreateTestCaseRequest.model_validate(body)
        column = body["entityLink"].split("::columns::")[1].rstrip(">") if "::columns::" in body["entityLink"] else None
        assert body["entityLink"] == get_entity_link(Table, fqn=published["table"], column_name=column)
        built.add(fqn.build(None, entity_type=TestCase, service_name=service, database_name=database, schema_name=schema,
                            table_name=table, column_name=column, test_case_name=request.name.root))
    assert built == set(published["results"]), "each result is posted to the test case the request made"
    statuses = {TestCaseResult.model_validate(body).testCaseStatus for body in published["results"].values()}
    assert statuses == {TestCaseStatus.Success, TestCaseStatus.Failed}
