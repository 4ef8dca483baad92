package com.onering.components.orchestration;

import com.onering.components.ingestion.Airbyte;
import com.onering.components.ingestion.Spark;
import com.onering.components.observability.AirflowStatsdExporter;
import com.onering.components.security.Infisical;
import com.onering.components.storage.ClickHouse;
import com.onering.components.storage.ObjectStore.Buckets;
import com.onering.components.storage.ObjectStore;
import com.onering.components.storage.Postgres;
import com.onering.components.storage.Redis;
import com.onering.config.PlatformConfig;
import com.onering.hooks.http.CanonicalJson;
import com.onering.hooks.ingestion.AirbyteHook;
import com.onering.hooks.orchestration.AirflowAirbyteHook;
import com.onering.hooks.orchestration.AirflowHook;
import com.onering.hooks.orchestration.AirflowSecretsHook;
import com.onering.hooks.security.InfisicalHook;
import com.onering.model.ComponentSpec;
import com.onering.model.DatabaseNeed;
import com.onering.model.Dependency;
import com.onering.model.FileSpec;
import com.onering.model.HealthCheck;
import com.onering.model.HookSpec;
import com.onering.model.ImageSource;
import com.onering.model.MemorySize;
import com.onering.model.PortSpec;
import com.onering.model.Profile;
import com.onering.model.SecretSpec;
import com.onering.model.Template;
import com.onering.model.WorkloadSpec;
import com.onering.platform.Component;
import com.onering.platform.Platform;
import com.onering.platform.PlatformContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Apache Airflow 3 with the Celery executor: a migration job, then API server, scheduler, DAG processor,
 * worker, triggerer and Flower, all from one derived image that carries the platform's DAGs and clients.
 */
public final class Airflow implements Component {
    public static final String NAME = "airflow";
    public static final String API_SERVER = "airflow-apiserver";
    public static final int API_PORT = 8080;
    public static final String ADMIN_USER = "admin";
    public static final String ADMIN_PASSWORD = "airflow-admin-password";
    /** A read-only account (the simple auth manager's viewer role). */
    public static final String VIEWER_USER = "viewer";
    public static final String VIEWER_PASSWORD = "airflow-viewer-password";
    public static final DatabaseNeed DATABASE = new DatabaseNeed("airflow", "airflow", "airflow-db-password");
    private static final String INIT = "airflow-init";
    /**
     * Probes that start Airflow's or Celery's CLI import the whole application first: several seconds, and more than
     * Docker's usual 5 s on a loaded host (the first real deploy saw the scheduler's probe time out until the wait ended).
     */
    private static final Duration CLI_PROBE_TIMEOUT = Duration.ofSeconds(30);
    /** Where the simple auth manager keeps passwords; Airflow opens it for writing, so it is a private copy. */
    private static final String PASSWORDS_FILE = "/opt/airflow/simple_auth_manager_passwords.json";
    /** The placed passwords (root-owned, as every placed file); the image's entrypoint copies it to {@link #PASSWORDS_FILE}. */
    static final String PASSWORDS_SEED = "/opt/airflow/onering/simple_auth_manager_passwords.seed.json";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Profile profile() {
        return Profile.CORE;
    }

    @Override
    public ComponentSpec describe(PlatformContext context) {
        ImageSource image = context.files().image("onering/airflow", "airflow");
        Map<String, String> env = commonEnvironment(context);
        List<Dependency> stores = List.of(Dependency.healthy("postgres"), Dependency.healthy("redis"));
        // The StatsD client resolves its host when a process starts, so the exporter must exist before any of them.
        List<Dependency> metricsSink = emitsMetrics(context) ? List.of(Dependency.started(AirflowStatsdExporter.HOST)) : List.of();

        WorkloadSpec init = withSecretSettings(WorkloadSpec.job(INIT, image))
                .command("db", "migrate")
                .env(env)
                .dependsOn(Dependency.healthy("postgres"))
                .dependsOn(metricsSink)
                .memory(MemorySize.mebibytes(384))
                .build();
        WorkloadSpec apiServer = airflowService(API_SERVER, image, env, "api-server")
                .port(PortSpec.published("api", API_PORT, API_PORT))
                // The generated admin password, placed as a seed: the image's entrypoint installs a writable copy.
                .file(FileSpec.of(PASSWORDS_SEED, passwordsSeed()))
                .env("ONERING_PASSWORDS_SEED", PASSWORDS_SEED)
                .health(HealthCheck.exec("curl", "--fail", "--silent", "http://localhost:8080/api/v2/monitor/health"))
                .ui("api", "/", "/api/", "/auth/")
                .dependsOn(stores)
                .memory(MemorySize.mebibytes(512))
                .build();
        WorkloadSpec scheduler = airflowService("airflow-scheduler", image, env, "scheduler")
                // The scheduler's own health server (as upstream's compose file probes it): an HTTP request, not a CLI start.
                .env("AIRFLOW__SCHEDULER__ENABLE_HEALTH_CHECK", "True")
                .health(HealthCheck.exec("curl", "--fail", "--silent", "http://localhost:8974/health").withStartPeriod(Duration.ofSeconds(60)))
                .dependsOn(stores)
                .memory(MemorySize.mebibytes(512))
                .build();
        WorkloadSpec dagProcessor = airflowService("airflow-dag-processor", image, env, "dag-processor")
                .files(pipelineFiles(context))
                .health(jobCheck("DagProcessorJob"))
                .dependsOn(stores)
                // Parses the DAGs (Cosmos, dbt) and runs the probe's Airflow CLI: 320 MiB was OOM-killed in the first real deploy.
                .memory(MemorySize.mebibytes(512))
                .build();
        WorkloadSpec worker = airflowService("airflow-worker", image, env, "celery", "worker")
                .files(pipelineFiles(context))
                // Workers report to the execution API of the API server, so it must be up first.
                .dependsOn(Dependency.healthy(API_SERVER))
                .dependsOn(stores)
                .dependsOn(Dependency.healthy(ObjectStore.HOST))
                .env("DUMB_INIT_SETSID", "0")
                .health(cliProbe("celery --app airflow.providers.celery.executors.celery_executor.app inspect ping -d \"celery@$HOSTNAME\""))
                // Celery's main process, two task processes running dbt, and the probe: 512 MiB was OOM-killed in the first real deploy.
                .memory(MemorySize.mebibytes(1024))
                .build();
        WorkloadSpec triggerer = airflowService("airflow-triggerer", image, env, "triggerer")
                .health(jobCheck("TriggererJob"))
                .dependsOn(stores)
                // Its process plus the probe's Airflow CLI: 256 MiB was OOM-killed in the first real deploy.
                .memory(MemorySize.mebibytes(384))
                .build();
        WorkloadSpec flower = airflowService("airflow-flower", image, env, "celery", "flower")
                .port(PortSpec.published("flower", 5555, 5555))
                .secretCommand("AIRFLOW__CELERY__FLOWER_BASIC_AUTH_CMD", "airflow-flower-basic-auth", ADMIN_USER + ":" + Template.secret(ADMIN_PASSWORD))
                // Flower answers 401 behind basic auth; either answer proves it serves.
                .health(HealthCheck.shell("curl -s -o /dev/null -w '%{http_code}' http://localhost:5555/ | grep -Eq '^(200|401)$'"))
                .ui("flower", "/")
                .dependsOn(Dependency.healthy("redis"))
                // 150 MiB in use at idle in the first real deploy, plus what a request to the UI takes.
                .memory(MemorySize.mebibytes(256))
                .build();

        return new ComponentSpec(name(), profile(), "onering:orchestration:Airflow",
                List.of(init, apiServer, scheduler, dagProcessor, worker, triggerer, flower),
                List.of(SecretSpec.password(DATABASE.passwordSecret()), SecretSpec.password(ADMIN_PASSWORD), SecretSpec.password(VIEWER_PASSWORD),
                        SecretSpec.urlSafeBase64("airflow-fernet-key", 32), SecretSpec.base64("airflow-jwt-secret", 32),
                        SecretSpec.base64("airflow-api-secret-key", 32)),
                List.of(DATABASE), Infisical.deployedWith(context.config())
                        ? List.of(secretsHookSpec(context.config()), hookSpec(context.config())) : List.of(hookSpec(context.config())),
                Map.of("airflowAdminPassword", Template.secret(ADMIN_PASSWORD)));
    }

    /** With Airbyte's demo flow in the platform, Airflow gets the connection the medallion DAG's sync step triggers. */
    @Override
    public ComponentSpec completeWith(ComponentSpec described, Platform platform) {
        return platform.hook(AirbyteHook.NAME)
                .map(airbyte -> described.withHooks(Stream.concat(described.hooks().stream(), Stream.of(airbyteHandOff(airbyte))).toList()))
                .orElse(described);
    }

    /**
     * The airflow-airbyte hook: opens its Airbyte session as the airbyte hook does (same API address, abctl, Docker
     * host), finds the connection that hook made and writes it into Airflow, with the API's in-network address.
     */
    public static HookSpec airbyteHandOff(HookSpec airbyte) {
        Map<String, String> env = new LinkedHashMap<>(Airbyte.session(airbyte));
        env.put(AirflowAirbyteHook.SERVER_URL, Airbyte.API_URL_IN_NETWORK);
        env.putAll(adminSession());
        return new HookSpec(AirflowAirbyteHook.NAME, List.of(API_SERVER), env, List.of(), List.of(AirbyteHook.NAME, AirflowHook.NAME));
    }

    /**
     * The airflow hook: the DAGs to unpause, and where Infisical does not run the connections and variables the
     * platform's DAGs read (config/airflow/dags/oner/config.py), written to Airflow's database. With Infisical they are
     * the airflow-secrets hook's, which runs first.
     */
    public static HookSpec hookSpec(PlatformConfig config) {
        boolean infisical = Infisical.deployedWith(config);
        boolean clickhouse = !config.excludes(ClickHouse.HOST);
        boolean spark = config.profiles().contains(Profile.INGESTION) && !config.excludes(Spark.NAME);
        // Both DAGs load their marts into ClickHouse: without it they would fail every day. The gold marts follow the
        // medallion DAG's publication (an asset schedule), so they run when it does.
        List<String> dags = new ArrayList<>(clickhouse ? List.of("medallion_batch_demo", "dbt_clickhouse_cosmos", "postgres_gold_marts") : List.of());
        if (config.profiles().contains(Profile.ML)) {
            // These need MLflow and Feast, the training also Spark: unpaused without them they would fail every day.
            if (spark) {
                dags.add("feast_spark_ml_pipeline");
            }
            dags.add("evidently_drift_report");
        }
        Map<String, String> env = new LinkedHashMap<>(adminSession());
        env.put(AirflowHook.CONNECTIONS, infisical ? "[]" : CanonicalJson.write(connections(config)));
        env.put(AirflowHook.VARIABLES, infisical ? "{}" : CanonicalJson.write(variables(config)));
        env.put(AirflowHook.UNPAUSE, String.join(",", dags));
        return new HookSpec(AirflowHook.NAME, List.of(API_SERVER), env, List.of(), infisical ? List.of(AirflowSecretsHook.NAME) : List.of());
    }

    /**
     * The airflow-secrets hook: the DAGs' connections and variables into Infisical's project for Airflow, a machine
     * identity that reads only that project, and its credentials as Airflow's connection {@code infisical_default}.
     */
    public static HookSpec secretsHookSpec(PlatformConfig config) {
        Map<String, String> env = new LinkedHashMap<>(Infisical.adminSession(config));
        env.putAll(adminSession());
        env.put(AirflowSecretsHook.INFISICAL_URL_FROM_AIRFLOW, Infisical.URL_IN_NETWORK);
        env.put(AirflowHook.CONNECTIONS, CanonicalJson.write(connections(config)));
        env.put(AirflowHook.VARIABLES, CanonicalJson.write(variables(config)));
        return new HookSpec(AirflowSecretsHook.NAME, List.of(API_SERVER, Infisical.NAME), env, List.of(), List.of(InfisicalHook.NAME));
    }

    /** How a hook logs in to Airflow's API: as the simple auth manager's admin. */
    private static Map<String, String> adminSession() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put(AirflowHook.URL, "http://" + Template.endpoint(API_SERVER, "api"));
        env.put(AirflowHook.USER, ADMIN_USER);
        env.put(AirflowHook.PASSWORD, Template.secret(ADMIN_PASSWORD));
        return env;
    }

    /** The connections the DAGs read, with in-network endpoints. */
    private static List<Map<String, Object>> connections(PlatformConfig config) {
        List<Map<String, Object>> connections = new ArrayList<>();
        connections.add(connection("oner_s3", "aws", Map.of(
                "login", Template.secret(ObjectStore.ACCESS_KEY), "password", Template.secret(ObjectStore.SECRET_KEY),
                "extra", CanonicalJson.write(Map.of("endpoint_url", ObjectStore.endpoint(config), "region_name", ObjectStore.region(config))))));
        if (!config.excludes(ClickHouse.HOST)) {
            connections.add(connection("clickhouse_default", "generic", Map.of("host", ClickHouse.HOST, "port", ClickHouse.HTTP_PORT,
                    "login", ClickHouse.ADMIN_USER, "password", Template.secret(ClickHouse.ADMIN_PASSWORD), "schema", ClickHouse.DATABASE,
                    "extra", CanonicalJson.write(Map.of("secure", false)))));
        }
        connections.add(connection("postgres_gold", "postgres", Map.of("host", Postgres.HOST, "port", Postgres.PORT,
                "login", Postgres.CURATED.role(), "password", Template.secret(Postgres.CURATED.passwordSecret()), "schema", Postgres.CURATED_DATABASE)));
        return connections;
    }

    /** The variables the DAGs read. */
    private static Map<String, String> variables(PlatformConfig config) {
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put("oner_bucket_bronze", Buckets.BRONZE);
        variables.put("oner_bucket_silver", Buckets.SILVER);
        variables.put("oner_bucket_featurestore", Buckets.FEATURESTORE);
        // Drift reports are curated output: there is no separate reports bucket on the platform.
        variables.put("oner_bucket_reports", Buckets.GOLD);
        variables.put("oner_bronze_orders_key", ObjectStore.SEEDS.get(0).key());
        // Where Airbyte's demo connection lands the orders (read by the DAG when its Airbyte step ran).
        variables.put("oner_bronze_airbyte_orders_prefix", AirbyteHook.LANDING_PATH + "/" + AirbyteHook.STREAM + "/");
        variables.put("oner_feature_csv_key", ObjectStore.SEEDS.get(1).key());
        if (!config.excludes(ClickHouse.HOST)) {
            variables.put("oner_clickhouse_database", ClickHouse.DATABASE);
        }
        variables.put("oner_gold_schema", "gold");
        if (config.profiles().contains(Profile.INGESTION) && !config.excludes(Spark.NAME)) {
            variables.put("oner_spark_connect_url", Spark.CONNECT_URL);
        }
        return variables;
    }

    private static Map<String, Object> connection(String id, String type, Map<String, Object> fields) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("connection_id", id);
        body.put("conn_type", type);
        body.putAll(fields);
        return body;
    }

    private static WorkloadSpec.Builder airflowService(String name, ImageSource image, Map<String, String> env, String... command) {
        return withSecretSettings(WorkloadSpec.service(name, image))
                .command(command)
                .env(env)
                .dependsOn(Dependency.completed(INIT));
    }

    /** With the observability profile, every Airflow process sends StatsD metrics to the exporter Prometheus scrapes. */
    private static boolean emitsMetrics(PlatformContext context) {
        return context.config().profiles().contains(Profile.OBSERVABILITY);
    }

    /**
     * What the DAG processor parses and the worker executes: the DAGs with their helper package, the dbt projects
     * (Cosmos builds the task group from a project's committed manifest.json; the worker runs dbt in them), the Feast
     * repo and the seed data, at the paths the image's environment names.
     * Placed as files rather than bind-mounted, so a remote Docker host gets them too; a change replaces these two.
     */
    private static List<FileSpec> pipelineFiles(PlatformContext context) {
        List<FileSpec> files = new java.util.ArrayList<>();
        files.addAll(context.files().placedUnder("airflow/dags", "/opt/airflow/dags"));
        for (String project : List.of("clickhouse_analytics", "trino_lakehouse", "postgres_gold")) {
            files.addAll(context.files().placedUnder("dbt/" + project, "/opt/airflow/dbt/" + project));
        }
        files.addAll(context.files().placedUnder("feast/feature_repo", "/opt/airflow/feast/feature_repo"));
        files.addAll(context.files().placedUnder("seed-data", "/opt/airflow/seed-data"));
        return files;
    }

    private static HealthCheck jobCheck(String jobType) {
        return cliProbe("airflow jobs check --job-type " + jobType + " --hostname \"$HOSTNAME\"");
    }

    /**
     * A probe that runs Airflow's or Celery's CLI (120-150 MiB while it imports the application). Docker's timeout
     * kills only the shell it started, so a slow CLI outlived its probe, the next ones piled up beside it and the
     * container was OOM-killed (the triggerer and DAG processor, on a loaded host, in real deploys): the CLI replaces the
     * shell ({@code exec}) and {@code timeout} kills it before Docker's own timeout.
     */
    static HealthCheck cliProbe(String command) {
        long limit = CLI_PROBE_TIMEOUT.minusSeconds(5).toSeconds();
        return HealthCheck.shell("exec timeout -s KILL " + limit + " " + command)
                .withStartPeriod(Duration.ofSeconds(60)).withTimeout(CLI_PROBE_TIMEOUT);
    }

    /**
     * The secret settings every Airflow process shares, as files read through their {@code _CMD} variants (Airflow
     * reads {@code _CMD} for every option its config marks sensitive; the image's entrypoint also uses the database and
     * broker ones for its start-up checks). Each file holds one whole value: {@code _CMD} runs without a shell. A JWT
     * secret that differs per process breaks task execution.
     */
    private static WorkloadSpec.Builder withSecretSettings(WorkloadSpec.Builder builder) {
        String metadataDb = Postgres.url("postgresql+psycopg2", DATABASE);
        return builder
                .secretCommand("AIRFLOW__DATABASE__SQL_ALCHEMY_CONN_CMD", "airflow-sql-alchemy-conn", metadataDb)
                .secretCommand("AIRFLOW__CELERY__RESULT_BACKEND_CMD", "airflow-celery-result-backend", "db+" + metadataDb)
                .secretCommand("AIRFLOW__CELERY__BROKER_URL_CMD", "airflow-celery-broker-url", Redis.url(0))
                .secretCommand("AIRFLOW__CORE__FERNET_KEY_CMD", "airflow-fernet-key", Template.secret("airflow-fernet-key"))
                .secretCommand("AIRFLOW__API_AUTH__JWT_SECRET_CMD", "airflow-jwt-secret", Template.secret("airflow-jwt-secret"))
                .secretCommand("AIRFLOW__API__SECRET_KEY_CMD", "airflow-api-secret-key", Template.secret("airflow-api-secret-key"));
    }

    /** An account of the simple auth manager: its user, role, and the secret holding its password. */
    private record Account(String user, String role, String passwordSecret) {
    }

    /** The admin, and a read-only viewer for tools that only look (the platform dashboard reads DAG runs with it). */
    private static final List<Account> ACCOUNTS = List.of(
            new Account(ADMIN_USER, "admin", ADMIN_PASSWORD),
            new Account(VIEWER_USER, "viewer", VIEWER_PASSWORD));

    /** The passwords file the simple auth manager reads: {@code {"user": "password", ...}}. */
    private static String passwordsSeed() {
        return ACCOUNTS.stream()
                .map(a -> "\"" + a.user() + "\": \"" + Template.secret(a.passwordSecret()) + "\"")
                .collect(Collectors.joining(", ", "{", "}"));
    }

    /** Settings every Airflow process must share, besides the secret ones ({@link #withSecretSettings}). */
    private static Map<String, String> commonEnvironment(PlatformContext context) {
        Map<String, String> env = new TreeMap<>();
        env.put("AIRFLOW__CORE__EXECUTOR", "CeleryExecutor");
        env.put("AIRFLOW__CELERY__WORKER_CONCURRENCY", "2");
        env.put("AIRFLOW__CORE__EXECUTION_API_SERVER_URL", "http://" + API_SERVER + ":" + API_PORT + "/execution/");
        env.put("AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_USERS", ACCOUNTS.stream().map(a -> a.user() + ":" + a.role()).collect(Collectors.joining(",")));
        env.put("AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_PASSWORDS_FILE", PASSWORDS_FILE);
        env.put("AIRFLOW__CORE__LOAD_EXAMPLES", "False");
        env.put("AIRFLOW__CORE__DAGS_ARE_PAUSED_AT_CREATION", "True");
        env.put("ONER_S3_ENDPOINT", ObjectStore.endpoint(context.config()));
        env.put("ONER_S3_REGION", ObjectStore.region(context.config()));
        env.put("AWS_ACCESS_KEY_ID", Template.secret(ObjectStore.ACCESS_KEY));
        env.put("AWS_SECRET_ACCESS_KEY", Template.secret(ObjectStore.SECRET_KEY));
        if (Infisical.deployedWith(context.config())) {
            // config/airflow/lib/onering_secrets.py, in the image; its credentials are the connection the airflow-secrets hook writes.
            env.put("AIRFLOW__SECRETS__BACKEND", "onering_secrets.InfisicalSecretsBackend");
            env.put("AIRFLOW__SECRETS__BACKEND_KWARGS", CanonicalJson.write(Map.of("credentials_conn_id", AirflowSecretsHook.CREDENTIALS_CONNECTION,
                    "connections_path", AirflowSecretsHook.CONNECTIONS_FOLDER, "variables_path", AirflowSecretsHook.VARIABLES_FOLDER)));
        }
        if (emitsMetrics(context)) {
            env.put("AIRFLOW__METRICS__STATSD_ON", "True");
            env.put("AIRFLOW__METRICS__STATSD_HOST", AirflowStatsdExporter.HOST);
            env.put("AIRFLOW__METRICS__STATSD_PORT", String.valueOf(AirflowStatsdExporter.STATSD_PORT));
            env.put("AIRFLOW__METRICS__STATSD_PREFIX", "airflow");
        }
        return env;
    }
}
