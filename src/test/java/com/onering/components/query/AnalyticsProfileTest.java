package com.onering.components.query;

import static com.onering.testsupport.Platforms.assemble;
import static com.onering.testsupport.Platforms.file;
import static com.onering.testsupport.Platforms.property;
import static com.onering.testsupport.Platforms.workload;
import static com.onering.testsupport.Platforms.workloadNames;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.onering.components.bi.Metabase;
import com.onering.components.storage.ClickHouse;
import com.onering.components.storage.ObjectStore;
import com.onering.components.storage.Postgres;
import com.onering.components.streaming.IcebergCatalog;
import com.onering.components.transform.Dbt;
import com.onering.model.Template;
import com.onering.model.WorkloadSpec;
import com.onering.platform.ConfigFiles;
import com.onering.platform.Platform;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class AnalyticsProfileTest {
    private static final Pattern ENV_REF = Pattern.compile("\\$\\{ENV:([A-Z0-9_]+)}");

    static Platform analytics() {
        return assemble("  onering:profiles: [analytics]\n");
    }

    @Test
    void analyticsAloneBringsEveryStoreAndCatalogItNeeds() {
        Set<String> names = workloadNames(analytics());
        assertTrue(names.containsAll(List.of("trino", "hive-metastore", "metabase", "dbt-clickhouse-analytics", "dbt-trino-lakehouse")),
                names.toString());
        assertTrue(names.containsAll(List.of("postgres", "clickhouse", ObjectStore.HOST, IcebergCatalog.HOST)), names.toString());
    }

    /** Resolves a catalog file the way Trino does: every ${ENV:X} from the container's environment. */
    private static String resolvedCatalog(WorkloadSpec trino, String catalog) {
        String text = file(trino, "/etc/trino/catalog/" + catalog + ".properties");
        Matcher m = ENV_REF.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = trino.env().get(m.group(1));
            assertTrue(value != null, catalog + ".properties uses ${ENV:" + m.group(1) + "} but the container has no such variable");
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        return m.appendTail(out).toString();
    }

    @Test
    void trinoCatalogsResolveToTheProvidersAddressesAndCredentials() {
        Platform platform = analytics();
        WorkloadSpec trino = workload(platform, "trino");

        String iceberg = resolvedCatalog(trino, "iceberg");
        assertEquals("rest", property(iceberg, "iceberg.catalog.type"));
        assertEquals("http://iceberg-rest:" + workload(platform, IcebergCatalog.HOST).port("http").orElseThrow().containerPort() + "/catalog",
                property(iceberg, "iceberg.rest-catalog.uri"));
        assertEquals(IcebergCatalog.WAREHOUSE, property(iceberg, "iceberg.rest-catalog.warehouse"));
        assertEquals(ObjectStore.endpoint(platform.config()), property(iceberg, "s3.endpoint"));
        assertEquals(ObjectStore.region(platform.config()), property(iceberg, "s3.region"));
        assertEquals(Template.secret(ObjectStore.SECRET_KEY), property(iceberg, "s3.aws-secret-key"));

        String hive = resolvedCatalog(trino, "hive");
        assertEquals("thrift://hive-metastore:" + workload(platform, "hive-metastore").port("thrift").orElseThrow().containerPort(),
                property(hive, "hive.metastore.uri"));

        String postgres = resolvedCatalog(trino, "postgresql");
        assertEquals(Postgres.jdbcUrl(Postgres.CURATED_DATABASE), property(postgres, "connection-url"));
        assertEquals(Trino.POSTGRES_ROLE, property(postgres, "connection-user"));
        assertEquals(Template.secret(Trino.POSTGRES_PASSWORD), property(postgres, "connection-password"));

        String clickhouse = resolvedCatalog(trino, "clickhouse");
        assertEquals("jdbc:clickhouse://clickhouse:" + workload(platform, "clickhouse").port("http").orElseThrow().containerPort() + "/",
                property(clickhouse, "connection-url"));
        assertEquals(ClickHouse.TRINO_USER, property(clickhouse, "connection-user"));
        assertEquals(Template.secret(ClickHouse.TRINO_PASSWORD), property(clickhouse, "connection-password"));
    }

    @Test
    void catalogFilesHoldNoCredentialAndUseTheCurrentS3PropertyNames() {
        ConfigFiles files = ConfigFiles.projectDefault();
        for (String catalog : Trino.CATALOGS) {
            String text = files.read("trino/catalog/" + catalog + ".properties");
            text.lines().filter(l -> l.matches("^[^#].*(password|secret|aws-access-key).*")).forEach(l ->
                    assertTrue(ENV_REF.matcher(l).find(), catalog + ": credential not from the environment: " + l));
            // Trino 483 renamed fs.native-s3.enabled and removed the legacy hive.s3.* properties.
            assertTrue(!text.contains("fs.native-s3") && !text.contains("hive.s3."), catalog);
        }
    }

    @Test
    void hiveMetastoreUsesItsDatabaseAndTheObjectStore() {
        Platform platform = analytics();
        WorkloadSpec hms = workload(platform, "hive-metastore");
        assertEquals(List.of(HiveMetastore.DATABASE), platform.component("hive-metastore").orElseThrow().databases());
        assertEquals(Postgres.jdbcUrl(HiveMetastore.DATABASE.database()), hms.env().get("METASTORE_DB_CONNECTION_URL"));
        assertEquals(HiveMetastore.DATABASE.role(), hms.env().get("METASTORE_DB_CONNECTION_USER_NAME"));
        assertEquals(Template.secret(HiveMetastore.DATABASE.passwordSecret()), hms.env().get("METASTORE_DB_CONNECTION_PASSWORD"));
        assertEquals(ObjectStore.endpoint(platform.config()), hms.env().get("S3_ENDPOINT"));
        ConfigFiles files = ConfigFiles.projectDefault();
        String site = files.read("hive-metastore/metastore-site.xml") + files.read("hive-metastore/core-site.xml");
        Matcher refs = Pattern.compile("\\$\\{env\\.([A-Z0-9_]+)}").matcher(site);
        while (refs.find()) {
            assertTrue(hms.env().containsKey(refs.group(1)), "the metastore's XML reads ${env." + refs.group(1) + "} but it is not set");
        }
        String dockerfile = files.read("hive-metastore/Dockerfile");
        assertTrue(dockerfile.contains("FROM docker.io/apache/hive:standalone-metastore-4.2.0"), dockerfile);
        assertTrue(dockerfile.contains("postgresql-42.7.8.jar") && dockerfile.contains("bundle-2.24.6.jar"), dockerfile);
    }

    @Test
    void metabaseKeepsItsApplicationDatabaseInPostgres() {
        Platform platform = analytics();
        WorkloadSpec metabase = workload(platform, "metabase");
        assertEquals(List.of(Metabase.DATABASE), platform.component("metabase").orElseThrow().databases());
        assertEquals(Map.of("MB_DB_TYPE", "postgres", "MB_DB_HOST", Postgres.HOST, "MB_DB_DBNAME", Metabase.DATABASE.database(),
                        "MB_DB_USER", Metabase.DATABASE.role(), "MB_DB_PASS", Template.secret(Metabase.DATABASE.passwordSecret())),
                Map.of("MB_DB_TYPE", metabase.env().get("MB_DB_TYPE"), "MB_DB_HOST", metabase.env().get("MB_DB_HOST"),
                        "MB_DB_DBNAME", metabase.env().get("MB_DB_DBNAME"), "MB_DB_USER", metabase.env().get("MB_DB_USER"),
                        "MB_DB_PASS", metabase.env().get("MB_DB_PASS")));
        // ClickHouse is a built-in driver since Metabase 54: no plugin directory, no jar.
        assertTrue(metabase.files().isEmpty() && metabase.volumes().isEmpty());
        String tag = ((com.onering.model.ImageSource.Pulled) metabase.image()).tag();
        assertTrue(Integer.parseInt(tag.split("\\.")[1]) >= 54, tag);
    }

    @Test
    void dbtDocsServesTheSiteTheImageBuiltWithNoDatabaseCredential() throws Exception {
        WorkloadSpec docs = workload(analytics(), Dbt.DOCS);
        assertEquals(List.of("python", "-m", "http.server", "8580", "--bind", "0.0.0.0", "--directory", "/home/dbt/docs"), docs.command());
        assertTrue(docs.ui().orElseThrow().forAnalysts(), "analysts read the models' documentation");
        assertTrue(docs.port("http").orElseThrow().isPublished());
        assertTrue(docs.secretRefs().isEmpty(), "the site is static: no credential");
        String dockerfile = java.nio.file.Files.readString(com.onering.platform.ConfigFiles.projectDefault().resolve("dbt/Dockerfile"));
        assertTrue(dockerfile.contains("RUN python /dbt/docs_site.py /home/dbt/docs " + Dbt.CLICKHOUSE_PROJECT + " " + Dbt.TRINO_PROJECT),
                "the image builds the site the service serves");
    }

    @Test
    void dbtJobsBuildTheProjectsAgainstTheirEngines() {
        Platform platform = analytics();
        WorkloadSpec clickhouse = workload(platform, "dbt-clickhouse-analytics");
        assertEquals(List.of("dbt", "build", "--project-dir", "/dbt/" + Dbt.CLICKHOUSE_PROJECT, "--profiles-dir", "/dbt/" + Dbt.CLICKHOUSE_PROJECT),
                clickhouse.command());
        assertEquals(ClickHouse.HOST, clickhouse.env().get("CLICKHOUSE_HOST"));
        assertEquals(ClickHouse.ADMIN_USER, clickhouse.env().get("CLICKHOUSE_USER"));
        assertEquals(Template.secret(ClickHouse.ADMIN_PASSWORD), clickhouse.env().get("CLICKHOUSE_PASSWORD"));
        WorkloadSpec trino = workload(platform, "dbt-trino-lakehouse");
        assertEquals("sh", trino.command().get(0));
        assertTrue(trino.command().get(2).startsWith("dbt run-operation bootstrap_lakehouse --project-dir /dbt/" + Dbt.TRINO_PROJECT), trino.command().get(2));
        assertTrue(trino.command().get(2).contains("raw_bucket: " + ObjectStore.Buckets.BRONZE + ", curated_bucket: " + ObjectStore.Buckets.SILVER),
                "the lakehouse lives in buckets the platform creates");
        assertTrue(trino.command().get(2).endsWith("&& dbt build --project-dir /dbt/" + Dbt.TRINO_PROJECT + " --profiles-dir /dbt/" + Dbt.TRINO_PROJECT));
        assertEquals(Trino.HOST, trino.env().get("TRINO_HOST"));
        assertEquals(String.valueOf(workload(platform, "trino").port("https").orElseThrow().containerPort()), trino.env().get("TRINO_PORT"));
        assertEquals(Template.secret(Trino.passwordSecret(Trino.DBT_USER)), trino.env().get("TRINO_PASSWORD"));
        String requirements = ConfigFiles.projectDefault().read("dbt/requirements.txt");
        for (String adapter : List.of("dbt-core==", "dbt-clickhouse==", "dbt-trino==")) {
            assertTrue(requirements.contains(adapter), adapter);
        }
        assertTrue(requirements.lines().filter(l -> !l.startsWith("#") && !l.isBlank()).allMatch(l -> l.matches("[A-Za-z0-9_.-]+==[^=]+")),
                "every requirement pinned exactly");
    }
}
