package com.onering.assembly;

import com.onering.components.bi.Metabase;
import com.onering.components.catalog.OpenMetadata;
import com.onering.components.catalog.OpenSearch;
import com.onering.components.cicd.Jenkins;
import com.onering.components.devtools.Dagster;
import com.onering.components.devtools.JupyterLab;
import com.onering.components.devtools.Portainer;
import com.onering.components.ingestion.Airbyte;
import com.onering.components.ingestion.Flink;
import com.onering.components.ingestion.Spark;
import com.onering.components.ml.BentoML;
import com.onering.components.ml.EvidentlyUi;
import com.onering.components.ml.Feast;
import com.onering.components.ml.MLflow;
import com.onering.components.ml.Streamlit;
import com.onering.components.observability.AirflowStatsdExporter;
import com.onering.components.observability.Grafana;
import com.onering.components.observability.Alertmanager;
import com.onering.components.observability.Loki;
import com.onering.components.observability.OtelCollector;
import com.onering.components.dashboard.PlatformDashboard;
import com.onering.components.observability.PostgresExporter;
import com.onering.components.observability.Prometheus;
import com.onering.components.observability.NodeExporter;
import com.onering.components.observability.RedisExporter;
import com.onering.components.observability.Tempo;
import com.onering.components.orchestration.Airflow;
import com.onering.components.devtools.Pipelines;
import com.onering.components.poc.AgentApi;
import com.onering.components.poc.Ingestors;
import com.onering.components.poc.WireMock;
import com.onering.components.query.HiveMetastore;
import com.onering.components.query.Trino;
import com.onering.components.security.Infisical;
import com.onering.components.security.Keycloak;
import com.onering.components.security.OpenLdap;
import com.onering.components.storage.Backup;
import com.onering.components.storage.ClickHouse;
import com.onering.components.storage.ObjectStore;
import com.onering.components.storage.Postgres;
import com.onering.components.storage.Redis;
import com.onering.components.streaming.Debezium;
import com.onering.components.streaming.EventBroker;
import com.onering.components.streaming.IcebergCatalog;
import com.onering.components.transform.Dbt;
import com.onering.platform.Component;
import java.util.List;

/** The registration list: every component the platform knows. Adding a component is one file plus one line here. */
public final class ComponentCatalog {
    private ComponentCatalog() {
    }

    public static List<Component> all() {
        return List.of(
                new Postgres(),
                new Redis(),
                new ClickHouse(),
                new ObjectStore(),
                new Backup(),
                new Airflow(),
                new Infisical(),
                new Prometheus(),
                new Alertmanager(),
                new PlatformDashboard(),
                new Grafana(),
                new Loki(),
                new Tempo(),
                new OtelCollector(),
                new PostgresExporter(),
                new RedisExporter(),
                new NodeExporter(),
                new AirflowStatsdExporter(),
                new MLflow(),
                new Feast(),
                new BentoML(),
                new Streamlit(),
                new EvidentlyUi(),
                new Jenkins(),
                new JupyterLab(),
                new Dagster(),
                new Pipelines(),
                new Portainer(),
                new WireMock(),
                new Ingestors(),
                new AgentApi(),
                new EventBroker(),
                new Debezium(),
                new IcebergCatalog(),
                new Airbyte(),
                new Spark(),
                new Flink(),
                new OpenSearch(),
                new OpenMetadata(),
                new HiveMetastore(),
                new Trino(),
                new Metabase(),
                new Dbt(),
                new OpenLdap(),
                new Keycloak());
    }
}
