package com.onering.platform;

import com.onering.components.bi.Metabase;
import com.onering.components.catalog.OpenMetadata;
import com.onering.components.catalog.OpenSearch;
import com.onering.components.ingestion.Airbyte;
import com.onering.components.ingestion.Flink;
import com.onering.components.ingestion.Spark;
import com.onering.components.orchestration.Airflow;
import com.onering.components.query.HiveMetastore;
import com.onering.components.query.Trino;
import com.onering.components.security.Infisical;
import com.onering.components.storage.ClickHouse;
import com.onering.components.storage.ObjectStore;
import com.onering.components.storage.Postgres;
import com.onering.components.storage.Redis;
import com.onering.components.streaming.Debezium;
import com.onering.components.streaming.EventBroker;
import com.onering.components.streaming.IcebergCatalog;
import com.onering.components.transform.Dbt;
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
                new Airflow(),
                new Infisical(),
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
                new Dbt());
    }
}
