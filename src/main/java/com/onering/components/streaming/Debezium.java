package com.onering.components.streaming;

import com.onering.components.storage.Postgres;
import com.onering.model.ComponentSpec;
import com.onering.model.Dependency;
import com.onering.model.FileSpec;
import com.onering.model.HealthCheck;
import com.onering.model.ImageSource;
import com.onering.model.MemorySize;
import com.onering.model.PortSpec;
import com.onering.model.Profile;
import com.onering.model.SecretSpec;
import com.onering.model.Template;
import com.onering.model.VolumeSpec;
import com.onering.model.WorkloadSpec;
import com.onering.platform.Component;
import com.onering.platform.PlatformContext;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Debezium Server: change data capture from the curated PostgreSQL database (pgoutput) into the event bus chosen
 * with {@code onering:broker}. The role, its grants and the publication are created by the identity layer under the
 * names below; Debezium only reads.
 */
public final class Debezium implements Component {
    public static final String HOST = "debezium";
    /** The login role Debezium connects as (REPLICATION LOGIN, SELECT on the captured tables). */
    public static final String ROLE = "debezium";
    public static final String PASSWORD_SECRET = "debezium-db-password";
    public static final String DATABASE = Postgres.CURATED_DATABASE;
    public static final String SLOT = "debezium";
    public static final String PUBLICATION = "dbz_publication";
    /** The tables the publication must contain. */
    public static final List<String> CAPTURED_TABLES = List.of("gold.orders_snapshot");
    static final ImageSource IMAGE = new ImageSource.Pulled("quay.io/debezium/server", "3.6.0.Final");
    private static final String CONFIG_PATH = "/debezium/config/application.properties";

    @Override
    public String name() {
        return "debezium";
    }

    @Override
    public Profile profile() {
        return Profile.STREAMING;
    }

    @Override
    public ComponentSpec describe(PlatformContext context) {
        Broker broker = EventBroker.of(context.config().broker());
        WorkloadSpec server = WorkloadSpec.service(HOST, IMAGE)
                .file(FileSpec.of(CONFIG_PATH, applicationProperties(context, broker)))
                .env("JAVA_OPTS", "-Xmx384m")
                .port(PortSpec.internal("http", 8080))
                .volume(VolumeSpec.data("debezium-data", "/debezium/data"))
                .health(HealthCheck.exec("curl", "-fsS", "http://localhost:8080/q/health").withStartPeriod(Duration.ofSeconds(60)))
                .dependsOn(Dependency.healthy(Postgres.HOST))
                .dependsOn(Dependency.healthy(broker.workload()))
                // The sink writes to the topic (and, on Pulsar, the tenant and namespace) the topics hook creates.
                .afterHook(EventBroker.topicsHook(context.config()).hook())
                .memory(MemorySize.mebibytes(640))
                .build();
        return new ComponentSpec(name(), profile(), "onering:streaming:Debezium", List.of(server),
                List.of(SecretSpec.password(PASSWORD_SECRET)), List.of(), List.of(), Map.of());
    }

    /** The topic of the captured tables in {@code config/streaming/topics.yaml}: tenant, namespace, name. */
    public static final String CDC_TENANT = EventBroker.TENANT;
    public static final String CDC_NAMESPACE = "cdc";
    public static final String CDC_TOPIC = "orders";

    /** The shipped settings plus the connection, replication names and sink that the platform decides. */
    static String applicationProperties(PlatformContext context, Broker broker) {
        return context.files().read("debezium/application.properties")
                + "debezium.source.database.hostname=" + Postgres.HOST + "\n"
                + "debezium.source.database.port=" + Postgres.PORT + "\n"
                + "debezium.source.database.dbname=" + DATABASE + "\n"
                + "debezium.source.database.user=" + ROLE + "\n"
                + "debezium.source.database.password=" + Template.secret(PASSWORD_SECRET) + "\n"
                + "debezium.source.table.include.list=" + String.join(",", CAPTURED_TABLES) + "\n"
                + "debezium.source.slot.name=" + SLOT + "\n"
                + "debezium.source.publication.name=" + PUBLICATION + "\n"
                + broker.debeziumSink()
                // Change events go to the topic the streaming topics file declares (the topics hook creates it),
                // not to the connector's default <prefix>.<schema>.<table> name.
                + "debezium.transforms=route\n"
                + "debezium.transforms.route.type=org.apache.kafka.connect.transforms.RegexRouter\n"
                + "debezium.transforms.route.regex=.*\n"
                + broker.debeziumDestination(CDC_TENANT, CDC_NAMESPACE, CDC_TOPIC);
    }
}
