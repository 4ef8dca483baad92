package com.onering.components.catalog;

import static com.onering.testsupport.Platforms.assemble;
import static com.onering.testsupport.Platforms.workload;
import static com.onering.testsupport.Platforms.workloadNames;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.onering.components.storage.Postgres;
import com.onering.model.Dependency;
import com.onering.model.Template;
import com.onering.model.WorkloadSpec;
import com.onering.platform.Platform;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CatalogProfileTest {

    @Test
    void catalogBringsOpenMetadataItsSearchEngineAndItsDatabases() {
        Platform platform = assemble("  onering:profiles: [catalog]\n");
        Set<String> names = workloadNames(platform);
        assertTrue(names.containsAll(List.of("openmetadata-migrate", "openmetadata-server", "openmetadata-ingestion", "opensearch", "postgres")),
                names.toString());
        assertEquals(List.of(OpenMetadata.DATABASE, OpenMetadata.AIRFLOW_DATABASE), platform.component("openmetadata").orElseThrow().databases());
    }

    @Test
    void serverAndMigrationUseTheSameDatabaseAndSearchSettings() {
        Platform platform = assemble("  onering:profiles: [catalog]\n");
        WorkloadSpec server = workload(platform, "openmetadata-server");
        WorkloadSpec migrate = workload(platform, "openmetadata-migrate");
        for (String key : List.of("DB_HOST", "DB_PORT", "OM_DATABASE", "DB_USER", "DB_USER_PASSWORD", "SEARCH_TYPE", "ELASTICSEARCH_HOST", "FERNET_KEY")) {
            assertEquals(server.env().get(key), migrate.env().get(key), key);
        }
        assertEquals(Postgres.HOST, server.env().get("DB_HOST"));
        assertEquals(OpenMetadata.DATABASE.database(), server.env().get("OM_DATABASE"));
        assertEquals(OpenMetadata.DATABASE.role(), server.env().get("DB_USER"));
        assertEquals(Template.secret(OpenMetadata.DATABASE.passwordSecret()), server.env().get("DB_USER_PASSWORD"));
        assertEquals("opensearch", server.env().get("SEARCH_TYPE"));
        assertEquals(OpenSearch.HOST, server.env().get("ELASTICSEARCH_HOST"));
        assertTrue(server.dependsOn().contains(Dependency.completed("openmetadata-migrate")));
        assertEquals(List.of("./bootstrap/openmetadata-ops.sh", "migrate"), migrate.command());
    }

    @Test
    void serverReachesTheIngestionAirflowWithTheAdminItCreates() {
        Platform platform = assemble("  onering:profiles: [catalog]\n");
        WorkloadSpec server = workload(platform, "openmetadata-server");
        WorkloadSpec ingestion = workload(platform, "openmetadata-ingestion");
        assertEquals("http://openmetadata-ingestion:" + ingestion.port("http").orElseThrow().containerPort(),
                server.env().get("PIPELINE_SERVICE_CLIENT_ENDPOINT"));
        assertEquals(ingestion.env().get("AIRFLOW_ADMIN_USER"), server.env().get("AIRFLOW_USERNAME"));
        assertEquals(ingestion.env().get("AIRFLOW_ADMIN_PASSWORD"), server.env().get("AIRFLOW_PASSWORD"));
        assertEquals(OpenMetadata.AIRFLOW_DATABASE.database(), ingestion.env().get("AIRFLOW_DB"));
        assertEquals(Template.secret(OpenMetadata.AIRFLOW_DATABASE.passwordSecret()), ingestion.env().get("DB_PASSWORD"));
    }
}
