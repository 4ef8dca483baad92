package com.onering.components.storage;

import static com.onering.testsupport.PlanQueries.assertReadOnlyLogin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.onering.model.FileSpec;
import com.onering.model.Template;
import com.onering.model.WorkloadSpec;
import com.onering.model.identity.ClickHouseAccess;
import com.onering.model.identity.PlatformRole;
import com.onering.plan.OfflinePlan;
import com.onering.plan.PlannedResource;
import com.onering.platform.ConfigFiles;
import com.onering.platform.PlatformContext;
import com.onering.testsupport.MockRun;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * ClickHouse's connection to PostgreSQL (seed 004): a named collection with a SELECT-only login on the source schema.
 * The collection is applied to the real ClickHouse engine and PostgreSQL by {@code tests/python/test_clickhouse_sources.py}.
 */
class ClickHousePostgresSourcesTest {
    private static final String CORE = "  onering:profiles: [core]\n";

    @Test
    void theNamedCollectionPointsAtTheSourceSchemaWithTheSecretPasswordInCdata() throws Exception {
        WorkloadSpec server = new ClickHouse().describe(new PlatformContext(MockRun.config(CORE), ConfigFiles.projectDefault()))
                .workloads().get(0);
        FileSpec file = server.files().stream()
                .filter(f -> f.containerPath().equals("/etc/clickhouse-server/config.d/postgres-sources.xml")).findFirst().orElseThrow();
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(file.content().getBytes(StandardCharsets.UTF_8)));
        XPath xpath = XPathFactory.newInstance().newXPath();
        String collection = "/clickhouse/named_collections/" + ClickHouse.POSTGRES_SOURCE_COLLECTION + "/";
        Map<String, String> expected = Map.of("host", Postgres.HOST, "port", String.valueOf(Postgres.PORT),
                "database", Postgres.CURATED_DATABASE, "schema", "bronze", "user", "clickhouse_source",
                "password", Template.secret(ClickHouse.POSTGRES_SOURCE_PASSWORD));
        expected.forEach((key, value) -> assertEquals(value, evaluate(xpath, collection + key, xml), key));
        assertTrue(file.content().contains("<![CDATA[" + Template.secret(ClickHouse.POSTGRES_SOURCE_PASSWORD) + "]]>"),
                "a password with XML characters must still parse");
        assertTrue(server.env().values().stream().noneMatch(v -> v.contains(ClickHouse.POSTGRES_SOURCE_PASSWORD)),
                "the password reaches ClickHouse only in the configuration file");
    }

    @Test
    void thePostgresLoginReadsTheSourceSchemaAndNothingElse() {
        List<PlannedResource> plan = OfflinePlan.run(MockRun.config(CORE), ConfigFiles.projectDefault());
        assertReadOnlyLogin(plan, ClickHouse.POSTGRES_SOURCE_ROLE, Postgres.CURATED_DATABASE, ClickHouse.POSTGRES_SOURCE_SCHEMA);
    }

    @Test
    void onlyEngineersReadThePostgresSourcesInClickHouse() {
        String grant = "SELECT ON " + ClickHouse.POSTGRES_SOURCE_COLLECTION + ".*";
        for (ClickHouseAccess.RoleGrants role : ClickHouse.access(false).roles()) {
            assertEquals(role.role().equals(PlatformRole.DATA_ENGINEER.id()), role.grants().contains(grant), role.role());
        }
    }

    private static String evaluate(XPath xpath, String path, Document xml) {
        try {
            return xpath.evaluate(path, xml);
        } catch (javax.xml.xpath.XPathExpressionException e) {
            throw new IllegalArgumentException(path, e);
        }
    }
}
