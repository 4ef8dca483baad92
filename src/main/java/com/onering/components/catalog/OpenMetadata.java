package com.onering.components.catalog;

import com.onering.components.ingestion.Airbyte;
import com.onering.components.orchestration.Airflow;
import com.onering.components.storage.ClickHouse;
import com.onering.components.storage.ObjectStore;
import com.onering.components.storage.Postgres;
import com.onering.config.PlatformConfig;
import com.onering.hooks.catalog.OpenMetadataAirbyteHook;
import com.onering.hooks.catalog.OpenMetadataHook;
import com.onering.hooks.http.CanonicalJson;
import com.onering.hooks.identity.ClickHouseRolesHook;
import com.onering.hooks.ingestion.AirbyteHook;
import com.onering.hooks.orchestration.AirflowHook;
import com.onering.hooks.orchestration.AirflowOpenMetadataHook;
import com.onering.hooks.storage.ObjectStoreHook;
import com.onering.model.ComponentSpec;
import com.onering.model.DatabaseNeed;
import com.onering.model.Dependency;
import com.onering.model.HealthCheck;
import com.onering.model.HookSpec;
import com.onering.model.ImageSource;
import com.onering.model.MemorySize;
import com.onering.model.PortSpec;
import com.onering.model.Profile;
import com.onering.model.SecretSpec;
import com.onering.model.Template;
import com.onering.model.VolumeSpec;
import com.onering.model.WorkloadSpec;
import com.onering.platform.Component;
import com.onering.platform.Platform;
import com.onering.platform.PlatformContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * OpenMetadata: a migration job, the server (UI and API), and its ingestion container (Airflow with the
 * OpenMetadata managed APIs) that runs the ingestion pipelines: the ones the hook declares for the platform's sources
 * and any created from the UI. Both keep their state in databases of the platform PostgreSQL; search is OpenSearch.
 */
public final class OpenMetadata implements Component {
    public static final String SERVER = "openmetadata-server";
    public static final int PORT = 8585;
    public static final String INGESTION = "openmetadata-ingestion";
    /** The server's API base inside the platform. */
    public static final String API_URL = "http://" + SERVER + ":" + PORT + "/api";
    public static final DatabaseNeed DATABASE = new DatabaseNeed("openmetadata", "openmetadata", "openmetadata-db-password");
    public static final DatabaseNeed AIRFLOW_DATABASE = new DatabaseNeed("openmetadata_airflow", "openmetadata_airflow",
            "openmetadata-airflow-db-password");
    public static final String AIRFLOW_ADMIN_USER = "admin";
    public static final String AIRFLOW_ADMIN_PASSWORD = "openmetadata-airflow-admin-password";
    static final String VERSION = "1.12.10";
    static final ImageSource SERVER_IMAGE = new ImageSource.Pulled("docker.getcollate.io/openmetadata/server", VERSION);
    static final ImageSource INGESTION_IMAGE = new ImageSource.Pulled("docker.getcollate.io/openmetadata/ingestion", VERSION);
    private static final String MIGRATE = "openmetadata-migrate";
    /** ClickHouse's service name in the catalog: its tables are {@code clickhouse-analytics.default.<database>.<table>}. */
    static final String CLICKHOUSE_SERVICE = "clickhouse-analytics";
    /** The platform's Airflow as an OpenMetadata pipeline service. */
    static final String AIRFLOW_SERVICE = "airflow";
    private static final String FERNET_KEY = "openmetadata-fernet-key";

    @Override
    public String name() {
        return "openmetadata";
    }

    @Override
    public Profile profile() {
        return Profile.CATALOG;
    }

    @Override
    public ComponentSpec describe(PlatformContext context) {
        Map<String, String> serverEnv = serverEnvironment();
        WorkloadSpec migrate = WorkloadSpec.job(MIGRATE, SERVER_IMAGE)
                // The image's entrypoint is bash; the ops script creates or upgrades the schema and search indexes.
                .command("./bootstrap/openmetadata-ops.sh", "migrate")
                .env(serverEnv)
                .env("OPENMETADATA_HEAP_OPTS", "-Xmx512m -Xms512m")
                .dependsOn(Dependency.healthy(Postgres.HOST))
                .dependsOn(Dependency.healthy(OpenSearch.HOST))
                .memory(MemorySize.mebibytes(768))
                .build();
        WorkloadSpec server = WorkloadSpec.service(SERVER, SERVER_IMAGE)
                .env(serverEnv)
                .env("OPENMETADATA_HEAP_OPTS", "-Xmx1G -Xms1G")
                .port(PortSpec.published("http", PORT, 8585))
                .port(PortSpec.internal("admin", 8586))
                .metrics("admin", "/prometheus")
                .health(HealthCheck.exec("wget", "-q", "--spider", "http://localhost:8586/healthcheck")
                        .withStartPeriod(Duration.ofSeconds(120)))
                .analystUi("http", "/", "/api/")
                .dependsOn(Dependency.completed(MIGRATE))
                .dependsOn(Dependency.healthy(Postgres.HOST))
                .dependsOn(Dependency.healthy(OpenSearch.HOST))
                .memory(MemorySize.mebibytes(1536))
                .build();
        WorkloadSpec ingestion = WorkloadSpec.service(INGESTION, INGESTION_IMAGE)
                .entrypoint("/bin/bash")
                // Migrates the Airflow database, creates the admin user the server authenticates with, starts Airflow.
                .command("/opt/airflow/ingestion_dependency.sh")
                .env("DB_HOST", Postgres.HOST)
                .env("DB_PORT", String.valueOf(Postgres.PORT))
                .env("AIRFLOW_DB", AIRFLOW_DATABASE.database())
                .env("DB_USER", AIRFLOW_DATABASE.role())
                .env("DB_PASSWORD", Template.secret(AIRFLOW_DATABASE.passwordSecret()))
                .env("DB_SCHEME", "postgresql+psycopg2")
                .env("AIRFLOW_ADMIN_USER", AIRFLOW_ADMIN_USER)
                .env("AIRFLOW_ADMIN_PASSWORD", Template.secret(AIRFLOW_ADMIN_PASSWORD))
                .env("AIRFLOW__CORE__EXECUTOR", "LocalExecutor")
                .env("AIRFLOW__OPENMETADATA_AIRFLOW_APIS__DAG_GENERATED_CONFIGS", "/opt/airflow/dag_generated_configs")
                .env("AIRFLOW__CORE__FERNET_KEY", Template.secret(FERNET_KEY))
                .port(PortSpec.internal("http", 8080))
                .volume(VolumeSpec.data("openmetadata-dag-configs", "/opt/airflow/dag_generated_configs"))
                .volume(VolumeSpec.data("openmetadata-dags", "/opt/airflow/dags"))
                // Airflow 3 (1.12 images) answers /api/v2/monitor/health; Airflow 2 images answer /health.
                .health(HealthCheck.shell("curl -fsS http://localhost:8080/api/v2/monitor/health || curl -fsS http://localhost:8080/health")
                        .withStartPeriod(Duration.ofSeconds(180)))
                .dependsOn(Dependency.healthy(Postgres.HOST))
                .dependsOn(Dependency.healthy(SERVER))
                .memory(MemorySize.mebibytes(2048))
                .build();
        return new ComponentSpec(name(), profile(), "onering:catalog:OpenMetadata", List.of(migrate, server, ingestion),
                List.of(SecretSpec.password(DATABASE.passwordSecret()), SecretSpec.password(AIRFLOW_DATABASE.passwordSecret()),
                        SecretSpec.password(AIRFLOW_ADMIN_PASSWORD), SecretSpec.urlSafeBase64(FERNET_KEY, 32),
                        OpenMetadataHook.ADMIN_PASSWORD_SPEC),
                // The registration hook depends on which sources the platform runs: declared in completeWith.
                List.of(DATABASE, AIRFLOW_DATABASE), List.of(),
                Map.of("openMetadataUrl", "http://" + Template.endpoint(SERVER, "http")));
    }

    /** Registers ClickHouse only when the platform runs it (core, or needed by another component, and not excluded). */
    @Override
    public ComponentSpec completeWith(ComponentSpec described, Platform platform) {
        Set<String> running = platform.components().stream().map(ComponentSpec::name).collect(Collectors.toSet());
        List<HookSpec> hooks = new ArrayList<>(List.of(hookSpec(platform.config(), running)));
        platform.hook(AirbyteHook.NAME).ifPresent(airbyte -> hooks.add(airbyteHookSpec(airbyte)));
        // The DAG's quality results go to the ClickHouse table its silver rows are loaded into.
        platform.hook(AirflowHook.NAME).filter(airflow -> running.contains(ClickHouse.HOST))
                .ifPresent(airflow -> hooks.add(airflowHandOff(airflow)));
        return described.withHooks(hooks);
    }

    /**
     * The airflow-openmetadata hook, where the platform runs Airflow and ClickHouse: OpenMetadata's API and bot token as
     * Airflow's connection, for the medallion DAG's Great Expectations results. It logs in to Airflow as the airflow
     * hook ({@code airflow}) does.
     */
    public static HookSpec airflowHandOff(HookSpec airflow) {
        Map<String, String> env = new LinkedHashMap<>(adminSession());
        for (String setting : List.of(AirflowHook.URL, AirflowHook.USER, AirflowHook.PASSWORD)) {
            env.put(setting, airflow.env().get(setting));
        }
        env.put(AirflowOpenMetadataHook.SERVER_URL, "http://" + SERVER + ":" + PORT);
        env.put(AirflowOpenMetadataHook.CLICKHOUSE_SERVICE, CLICKHOUSE_SERVICE);
        return new HookSpec(AirflowOpenMetadataHook.NAME, List.of(SERVER, Airflow.API_SERVER), env, List.of(),
                List.of(OpenMetadataHook.NAME, AirflowHook.NAME));
    }

    /** What the migration job and the server share: database, search engine, and the pipeline service (Airflow). */
    private static Map<String, String> serverEnvironment() {
        Map<String, String> env = new TreeMap<>();
        env.put("OPENMETADATA_CLUSTER_NAME", "onering");
        env.put("SERVER_HOST_API_URL", API_URL);
        env.put("DB_DRIVER_CLASS", "org.postgresql.Driver");
        env.put("DB_SCHEME", "postgresql");
        env.put("DB_HOST", Postgres.HOST);
        env.put("DB_PORT", String.valueOf(Postgres.PORT));
        env.put("DB_PARAMS", "sslmode=disable");
        env.put("OM_DATABASE", DATABASE.database());
        env.put("DB_USER", DATABASE.role());
        env.put("DB_USER_PASSWORD", Template.secret(DATABASE.passwordSecret()));
        env.put("SEARCH_TYPE", "opensearch");
        env.put("ELASTICSEARCH_HOST", OpenSearch.HOST);
        env.put("ELASTICSEARCH_PORT", String.valueOf(OpenSearch.PORT));
        env.put("ELASTICSEARCH_SCHEME", "http");
        env.put("PIPELINE_SERVICE_CLIENT_ENDPOINT", "http://" + INGESTION + ":8080");
        env.put("AIRFLOW_USERNAME", AIRFLOW_ADMIN_USER);
        env.put("AIRFLOW_PASSWORD", Template.secret(AIRFLOW_ADMIN_PASSWORD));
        env.put("FERNET_KEY", Template.secret(FERNET_KEY));
        return env;
    }

    /**
     * The OpenMetadata hook: workload {@code openmetadata-server}, API on published port {@code http}. The
     * sources are the enabled ones, as the server reaches them in-network; ClickHouse, when the platform runs it, as
     * the read-only {@code clickhouse-reader}, after the ClickHouse roles hook has made it; Airflow through its REST API
     * as the read-only viewer. Each source gets its ingestion pipelines, which the ingestion container runs on their
     * schedules; the hook deploys them there and runs a new one at once, so the catalog is filled by the first deploy.
     * {@code running}: the names of the components the platform runs; the dbt lineage of the marts needs ClickHouse and
     * the object store, which publishes the manifest.
     */
    public static HookSpec hookSpec(PlatformConfig config, Set<String> running) {
        boolean clickhouse = running.contains(ClickHouse.HOST);
        boolean airflow = running.contains(Airflow.NAME);
        boolean dbtLineage = clickhouse && running.contains(ObjectStore.HOST);
        List<Map<String, Object>> services = new ArrayList<>();
        List<Map<String, Object>> pipelines = new ArrayList<>();
        List<String> databaseServices = new ArrayList<>();
        services.add(service("databaseServices", "postgres-curated", "Postgres", Map.of("type", "Postgres", "scheme", "postgresql+psycopg2",
                "hostPort", Postgres.HOST + ":" + Postgres.PORT, "database", Postgres.CURATED_DATABASE, "username", Postgres.CURATED.role(),
                "authType", Map.of("password", Template.secret(Postgres.CURATED.passwordSecret())))));
        databaseServices.add("postgres-curated");
        if (clickhouse) {
            services.add(service("databaseServices", CLICKHOUSE_SERVICE, "Clickhouse", Map.of("type", "Clickhouse", "scheme", "clickhouse+http",
                    "hostPort", ClickHouse.HOST + ":" + ClickHouse.HTTP_PORT, "databaseSchema", ClickHouse.DATABASE,
                    "username", ClickHouse.READER_USER, "password", Template.secret(ClickHouse.READER_PASSWORD))));
            databaseServices.add(CLICKHOUSE_SERVICE);
        }
        if (config.profiles().contains(Profile.ANALYTICS)) {
            services.add(service("databaseServices", "trino-lakehouse", "Trino", Map.of("type", "Trino", "hostPort", "trino:8080",
                    "username", "openmetadata", "catalog", "iceberg")));
            databaseServices.add("trino-lakehouse");
        }
        if (airflow) {
            // The REST API, not the metadata database: the viewer may read DAGs and runs and nothing else. (The
            // connector's "Backend" variant would read the ingestion container's own Airflow, not the platform's.)
            services.add(service("pipelineServices", AIRFLOW_SERVICE, "Airflow", Map.of("type", "Airflow",
                    "hostPort", "http://" + Airflow.API_SERVER + ":" + Airflow.API_PORT, "connection", Map.of("type", "RestAPI", "apiVersion", "v2",
                            "authConfig", Map.of("username", Airflow.VIEWER_USER, "password", Template.secret(Airflow.VIEWER_PASSWORD))))));
        }

        for (String service : databaseServices) {
            pipelines.add(pipeline("databaseServices", service, service + "-metadata", "metadata", "0 1 * * *", Map.of(
                    "type", "DatabaseMetadata", "markDeletedTables", true, "includeTables", true, "includeViews", true)));
        }
        if (airflow) {
            // DAGs, tasks and runs; the REST connector yields no lineage (openmetadata-ingestion 1.12's AirflowApiSource):
            // the lineage comes from dbt.
            pipelines.add(pipeline("pipelineServices", AIRFLOW_SERVICE, AIRFLOW_SERVICE + "-metadata", "metadata", "15 * * * *", Map.of(
                    "type", "PipelineMetadata", "includeLineage", false, "markDeletedPipelines", true)));
        }
        if (dbtLineage) {
            pipelines.add(pipeline("databaseServices", CLICKHOUSE_SERVICE, CLICKHOUSE_SERVICE + "-dbt", "dbt", "30 * * * *", Map.of(
                    "type", "DBT", "dbtUpdateDescriptions", true, "includeTags", true,
                    "dbtConfigSource", Map.of("dbtConfigType", "s3",
                            "dbtSecurityConfig", Map.of("awsAccessKeyId", Template.secret(ObjectStore.ACCESS_KEY),
                                    "awsSecretAccessKey", Template.secret(ObjectStore.SECRET_KEY),
                                    "awsRegion", ObjectStore.region(config), "endPointURL", ObjectStore.endpoint(config)),
                            "dbtPrefixConfig", Map.of("dbtBucketName", ObjectStore.DBT_MANIFEST.bucket(),
                                    "dbtObjectPrefix", ObjectStore.DBT_MANIFEST.key().substring(0, ObjectStore.DBT_MANIFEST.key().lastIndexOf('/')))))));
        }
        Map<String, String> env = new LinkedHashMap<>(adminSession());
        env.put(OpenMetadataHook.SERVICES, CanonicalJson.write(services));
        env.put(OpenMetadataHook.PIPELINES, CanonicalJson.write(pipelines));
        List<String> after = new ArrayList<>();
        if (dbtLineage) {
            after.add(ObjectStoreHook.NAME);
        }
        if (clickhouse) {
            after.add(ClickHouseRolesHook.NAME);
        }
        // Pipelines are deployed to the ingestion container's Airflow, which must be up.
        return new HookSpec(OpenMetadataHook.NAME, List.of(SERVER, INGESTION), env, List.of(), after);
    }

    /**
     * The openmetadata-airbyte hook, where the platform runs the airbyte hook (Docker): Airbyte's connections and jobs
     * as OpenMetadata pipelines, hourly. OpenMetadata's ingestion container reaches Airbyte's public API on the platform
     * network; the client credentials are Airbyte's own, read at run time as the airbyte hook ({@code airbyte}) reads them.
     */
    public static HookSpec airbyteHookSpec(HookSpec airbyte) {
        Map<String, String> env = new LinkedHashMap<>(Airbyte.session(airbyte));
        env.putAll(adminSession());
        env.put(OpenMetadataAirbyteHook.SERVICE, CanonicalJson.write(Map.of("name", Airbyte.NAME, "serviceType", "Airbyte", "connection",
                Map.of("config", Map.of("type", "Airbyte", "hostPort", Airbyte.PUBLIC_API_IN_NETWORK, "apiVersion", "v1")))));
        env.put(OpenMetadataAirbyteHook.PIPELINE, CanonicalJson.write(pipelineRequest(Airbyte.NAME + "-metadata", "metadata", "45 * * * *",
                Map.of("type", "PipelineMetadata", "includeLineage", true, "markDeletedPipelines", true))));
        return new HookSpec(OpenMetadataAirbyteHook.NAME, List.of(SERVER, INGESTION), env, List.of(), List.of(AirbyteHook.NAME, OpenMetadataHook.NAME));
    }

    /** How a hook logs in to OpenMetadata: as its admin, with the generated password. */
    private static Map<String, String> adminSession() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put(OpenMetadataHook.URL, "http://" + Template.endpoint(SERVER, "http"));
        env.put(OpenMetadataHook.ADMIN_EMAIL, "admin@open-metadata.org");
        env.put(OpenMetadataHook.ADMIN_PASSWORD, Template.secret(OpenMetadataHook.ADMIN_PASSWORD_SECRET));
        return env;
    }

    private static Map<String, Object> service(String kind, String name, String serviceType, Map<String, Object> config) {
        return Map.of("kind", kind, "service", Map.of("name", name, "serviceType", serviceType, "connection", Map.of("config", config)));
    }

    /** An ingestion pipeline of the service {@code kind/service}, as {@link OpenMetadataHook#PIPELINES} lists it. */
    private static Map<String, Object> pipeline(String kind, String service, String name, String type, String schedule,
                                                Map<String, Object> sourceConfig) {
        return Map.of("kind", kind, "service", service, "pipeline", pipelineRequest(name, type, schedule, sourceConfig));
    }

    /** OpenMetadata's CreateIngestionPipeline, without the service reference (the hook adds it). */
    private static Map<String, Object> pipelineRequest(String name, String type, String schedule, Map<String, Object> sourceConfig) {
        return Map.of("name", name, "pipelineType", type, "sourceConfig", Map.of("config", sourceConfig),
                "airflowConfig", Map.of("scheduleInterval", schedule), "loggerLevel", "INFO");
    }
}
