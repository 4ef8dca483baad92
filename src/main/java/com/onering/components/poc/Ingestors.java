package com.onering.components.poc;

import com.onering.components.security.Infisical;
import com.onering.components.storage.ObjectStore;
import com.onering.components.storage.ObjectStore.Buckets;
import com.onering.components.storage.Postgres;
import com.onering.components.streaming.BrokerClient;
import com.onering.components.streaming.EventBroker;
import com.onering.config.ObjectStoreEngine;
import com.onering.config.PlatformConfig;
import com.onering.hooks.migrations.LiquibaseHook;
import com.onering.hooks.security.ServiceSecretsHook;
import com.onering.hooks.storage.GarageScopedKeys.ScopedKey;
import com.onering.hooks.storage.ObjectStoreHook;
import com.onering.hooks.storage.ObjectStoreHook.Seed;
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
import com.onering.model.WorkloadSpec;
import com.onering.platform.Component;
import com.onering.platform.PlatformContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Seed 002's ingestion services, one image built from {@code config/ingestors} with the contracts of
 * {@code config/contracts}: {@code ingestor-file} moves CSV files dropped under {@code landing/} of the bronze bucket
 * into RAW, {@code ingestor-http} polls the mock API, {@code ingestor-stream} lands every message of the demo source
 * topic, and the {@code stream-producer} job writes that topic's demo posts. Each RAW write is announced by one
 * contract-checked event on the chosen broker. RAW is the bronze bucket's {@code source=/dataset=/dt=/run-id=} tree,
 * which the Trino lakehouse reads. {@code curate-traffic} upserts RAW's traffic readings into the poc database's
 * {@code curated.traffic_readings}, which the agent API ({@link AgentApi}) serves. On Garage the ingestors hold a key
 * scoped to the bronze bucket only.
 */
public final class Ingestors implements Component {
    public static final String FILE = "ingestor-file";
    public static final String HTTP = "ingestor-http";
    public static final String STREAM = "ingestor-stream";
    public static final String PRODUCER = "stream-producer";
    /** The curation of RAW's traffic readings into the poc database's {@code curated.traffic_readings}. */
    public static final String CURATE = "curate-traffic";
    static final int CURATE_INTERVAL_SECONDS = 60;
    /** The bucket RAW lives in, with the landing prefix the file ingestor watches. */
    public static final String BUCKET = Buckets.BRONZE;
    /** The seed file the traffic flow starts from: landed once per change, moved to RAW by the file ingestor. */
    public static final Seed TRAFFIC = new Seed(BUCKET, "landing/traffic/traffic_2026-01-30.csv",
            "seed-data/traffic/traffic_2026-01-30.csv");
    /** The mock API's readings endpoint (config/wiremock/mappings/traffic-readings.json). */
    public static final String HTTP_SOURCE_PATH = "/api/v1/traffic/readings";
    static final String EVENTS_NAMESPACE = "events";
    static final int METRICS_PORT = 9108;
    static final String ACCESS_KEY = "ingest-s3-access-key";
    static final String SECRET_KEY = "ingest-s3-secret-key";
    /** Where Infisical runs, the curation reads its key from there. */
    static final ServiceSecretsHook CURATE_SECRETS = ServiceSecretsHook.curateTraffic();

    @Override
    public String name() {
        return "ingestors";
    }

    @Override
    public Profile profile() {
        return Profile.POC;
    }

    @Override
    public ComponentSpec describe(PlatformContext context) {
        PlatformConfig config = context.config();
        ImageSource image = context.files().image("onering/ingestors", ".", "ingestors/Dockerfile", Map.of(),
                List.of("ingestors", "contracts"));
        BrokerClient broker = EventBroker.client(config.broker());
        WorkloadSpec file = service(FILE, image, config, broker, "file")
                .env("INGEST_TOPIC", broker.topic(EVENTS_NAMESPACE, "ingest.file.v1"))
                .env("INGEST_INTERVAL_SECONDS", "30")
                .build();
        WorkloadSpec http = service(HTTP, image, config, broker, "http")
                .env("INGEST_TOPIC", broker.topic(EVENTS_NAMESPACE, "ingest.http.v1"))
                .env("INGEST_HTTP_URL", WireMock.url() + HTTP_SOURCE_PATH)
                .env("INGEST_DATASET", "traffic_readings")
                .env("INGEST_INTERVAL_SECONDS", "300")
                .dependsOn(Dependency.healthy(WireMock.HOST))
                .build();
        String posts = broker.topic(EVENTS_NAMESPACE, "source.posts.v1");
        WorkloadSpec stream = service(STREAM, image, config, broker, "stream-consume")
                .env("INGEST_TOPIC", broker.topic(EVENTS_NAMESPACE, "ingest.stream.v1"))
                .env("INGEST_SOURCE_TOPIC", posts)
                .env("INGEST_DATASET", "posts")
                .build();
        WorkloadSpec producer = WorkloadSpec.job(PRODUCER, image)
                .command("stream-produce", "--count", "50")
                .env(brokerEnvironment(broker))
                .env("INGEST_SOURCE_TOPIC", posts)
                .dependsOn(Dependency.healthy(EventBroker.workload(config.broker())))
                .afterHook(EventBroker.topicsHook(config).hook())
                .memory(MemorySize.mebibytes(96))
                .build();
        WorkloadSpec curate = curateService(image, config);
        boolean scoped = config.objectStore() == ObjectStoreEngine.GARAGE;
        List<SecretSpec> secrets = scoped
                ? List.of(SecretSpec.hex(ACCESS_KEY, 12).withPrefix("GK"), SecretSpec.hex(SECRET_KEY, 32))
                : List.of();
        List<HookSpec> hooks = new ArrayList<>(List.of(storageHook(config)));
        if (Infisical.deployedWith(config)) {
            hooks.add(Infisical.serviceSecretsHook(config, CURATE_SECRETS, Postgres.POC, LiquibaseHook.POSTGRES_POC,
                    Map.of("AWS_ACCESS_KEY_ID", accessKey(config), "AWS_SECRET_ACCESS_KEY", secretKey(config))));
        }
        return new ComponentSpec(name(), profile(), "onering:poc:Ingestors", List.of(file, http, stream, producer, curate), secrets,
                List.of(), hooks, Map.of());
    }

    private static WorkloadSpec.Builder service(String name, ImageSource image, PlatformConfig config, BrokerClient broker,
                                                String command) {
        return withStorageAccess(WorkloadSpec.service(name, image), config)
                .command(command)
                .env(brokerEnvironment(broker))
                .env("INGEST_METRICS_PORT", String.valueOf(METRICS_PORT))
                .port(PortSpec.internal("metrics", METRICS_PORT))
                .metrics("metrics", "/metrics")
                .health(HealthCheck.pythonHttpGet("http://127.0.0.1:" + METRICS_PORT + "/metrics"))
                .dependsOn(Dependency.started(ObjectStore.HOST))
                .dependsOn(Dependency.healthy(EventBroker.workload(config.broker())))
                // Events go to the topics the topics hook creates. The component's own storage hook scopes the key
                // after the services exist: until it has, a round fails with 403 and the next round retries.
                .afterHook(EventBroker.topicsHook(config).hook())
                .memory(MemorySize.mebibytes(128));
    }

    /**
     * The RAW → curated step: every {@value #CURATE_INTERVAL_SECONDS} s, the traffic objects of RAW not curated yet are
     * upserted into {@code curated.traffic_readings} of the poc database (after its migrations made the table), as the
     * database's owner role. It reads RAW with the ingestors' key, which it reads from Infisical where the stack runs it,
     * and publishes no event.
     */
    private static WorkloadSpec curateService(ImageSource image, PlatformConfig config) {
        DatabaseNeed poc = Postgres.POC;
        WorkloadSpec.Builder curate = WorkloadSpec.service(CURATE, image);
        if (Infisical.deployedWith(config)) {
            // Its key from Infisical, with the credentials its secrets hook keeps in the poc database; until the hook
            // has run, a round fails naming it and the next round retries.
            curate.env("INGEST_INFISICAL_SERVICE", CURATE_SECRETS.service());
            storageLocation(curate, config);
        } else {
            withStorageAccess(curate, config);
        }
        return curate
                .command("curate")
                .env("INGEST_INTERVAL_SECONDS", String.valueOf(CURATE_INTERVAL_SECONDS))
                .env("INGEST_METRICS_PORT", String.valueOf(METRICS_PORT))
                // libpq's own variables; the password from a file (libpq's password file would need mode 0600).
                .env("PGHOST", Postgres.HOST)
                .env("PGPORT", String.valueOf(Postgres.PORT))
                .env("PGDATABASE", poc.database())
                .env("PGUSER", poc.role())
                .env("PGAPPNAME", CURATE)
                .secretFile("INGEST_PG_PASSWORD_FILE", "curate-pg-password", Template.secret(poc.passwordSecret()))
                .port(PortSpec.internal("metrics", METRICS_PORT))
                .metrics("metrics", "/metrics")
                .health(HealthCheck.pythonHttpGet("http://127.0.0.1:" + METRICS_PORT + "/metrics"))
                .dependsOn(Dependency.started(ObjectStore.HOST))
                .dependsOn(Dependency.healthy(Postgres.HOST))
                .afterHook(LiquibaseHook.POSTGRES_POC)
                .memory(MemorySize.mebibytes(96))
                .build();
    }

    private static Map<String, String> brokerEnvironment(BrokerClient broker) {
        return Map.of("INGEST_BROKER", broker.protocol(), "INGEST_BROKER_URL", broker.url());
    }

    /**
     * The S3 client settings: the key scoped to the bronze bucket on Garage, the platform key where scoping has no API.
     * boto3 is the ingestors' only S3 client, so the key is a shared-credentials file rather than environment variables.
     */
    private static WorkloadSpec.Builder withStorageAccess(WorkloadSpec.Builder workload, PlatformConfig config) {
        return storageLocation(workload.secretFile("AWS_SHARED_CREDENTIALS_FILE", "aws-credentials", "[default]\n"
                + "aws_access_key_id = " + accessKey(config) + "\n"
                + "aws_secret_access_key = " + secretKey(config)), config);
    }

    private static WorkloadSpec.Builder storageLocation(WorkloadSpec.Builder workload, PlatformConfig config) {
        return workload.env("AWS_DEFAULT_REGION", ObjectStore.region(config))
                .env("AWS_ENDPOINT_URL", ObjectStore.endpoint(config))
                .env("INGEST_BUCKET", BUCKET);
    }

    private static String accessKey(PlatformConfig config) {
        return Template.secret(config.objectStore() == ObjectStoreEngine.GARAGE ? ACCESS_KEY : ObjectStore.ACCESS_KEY);
    }

    private static String secretKey(PlatformConfig config) {
        return Template.secret(config.objectStore() == ObjectStoreEngine.GARAGE ? SECRET_KEY : ObjectStore.SECRET_KEY);
    }

    /** The bronze bucket (created with the platform key when missing), the ingestors' scoped key, the traffic seed. */
    private static HookSpec storageHook(PlatformConfig config) {
        return ObjectStore.storageHook(ObjectStoreHook.INGESTION_NAME, config, List.of(BUCKET), List.of(TRAFFIC),
                List.of(new ScopedKey("onering-ingest", BUCKET, Template.secret(ACCESS_KEY), Template.secret(SECRET_KEY))));
    }
}
