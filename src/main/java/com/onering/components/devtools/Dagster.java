package com.onering.components.devtools;

import com.onering.components.storage.Postgres;
import com.onering.model.ComponentSpec;
import com.onering.model.DatabaseNeed;
import com.onering.model.FileSpec;
import com.onering.model.Dependency;
import com.onering.model.HealthCheck;
import com.onering.model.ImageSource;
import com.onering.model.MemorySize;
import com.onering.model.PortSpec;
import com.onering.model.Profile;
import com.onering.model.SecretSpec;
import com.onering.model.Template;
import com.onering.model.WorkloadSpec;
import com.onering.pipelines.Pipeline;
import com.onering.platform.Component;
import com.onering.platform.PlatformContext;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Dagster: a code-location server, the webserver and the daemon, from one derived image built from
 * {@code config/dagster/}; the workspace also lists every deployed pipeline's code location ({@link Pipelines}). Runs, events and schedules live in Dagster's own PostgreSQL database; runs execute in the
 * code-location process, so no Docker socket is needed.
 */
public final class Dagster implements Component {
    public static final String CODE = "dagster-code";
    public static final String WEBSERVER = "dagster-webserver";
    public static final String DAEMON = "dagster-daemon";
    public static final int CODE_PORT = 4000;
    public static final int WEBSERVER_PORT = 3000;
    public static final DatabaseNeed DATABASE = new DatabaseNeed("dagster", "dagster", "dagster-db-password");
    private static final String WORKSPACE = "/opt/dagster/dagster_home/workspace.yaml";
    /** The location name of the platform's own code (the medallion and ML demo assets). */
    static final String PLATFORM_LOCATION = "oner";
    private static final String SEED_DATA_DIR = "/opt/dagster/seed-data";

    @Override
    public String name() {
        return "dagster";
    }

    @Override
    public Profile profile() {
        return Profile.DEVTOOLS;
    }

    @Override
    public ComponentSpec describe(PlatformContext context) {
        ImageSource image = context.files().image("onering/dagster", "dagster");
        Map<String, String> instance = instanceEnvironment();
        WorkloadSpec.Builder code = WorkloadSpec.service(CODE, image)
                .command("dagster", "api", "grpc", "-h", "0.0.0.0", "-p", String.valueOf(CODE_PORT), "-f", "definitions.py")
                .env(instance)
                .port(PortSpec.internal("grpc", CODE_PORT))
                .health(codeLocationHealth())
                // Runs execute here and write events to the instance database.
                .dependsOn(Dependency.healthy(Postgres.HOST))
                .memory(MemorySize.mebibytes(384));
        code.files(context.files().placedUnder("seed-data", SEED_DATA_DIR));
        List<Pipeline> pipelines = Pipelines.deployed(context);
        WorkloadSpec.Builder webserver = WorkloadSpec.service(WEBSERVER, image)
                .command("dagster-webserver", "-h", "0.0.0.0", "-p", String.valueOf(WEBSERVER_PORT), "-w", WORKSPACE)
                .env(instance)
                .port(PortSpec.published("http", WEBSERVER_PORT, 3001))
                .health(HealthCheck.pythonHttpGet("http://127.0.0.1:" + WEBSERVER_PORT + "/server_info").withStartPeriod(Duration.ofSeconds(60)))
                .ui("http", "/")
                .dependsOn(Dependency.healthy(Postgres.HOST))
                .dependsOn(Dependency.healthy(CODE))
                .memory(MemorySize.mebibytes(384));
        WorkloadSpec.Builder daemon = WorkloadSpec.service(DAEMON, image)
                .command("dagster-daemon", "run", "-w", WORKSPACE)
                .env(instance)
                .health(HealthCheck.exec("dagster-daemon", "liveness-check").withStartPeriod(Duration.ofSeconds(90)))
                .dependsOn(Dependency.healthy(Postgres.HOST))
                .dependsOn(Dependency.healthy(CODE))
                // The webserver creates the instance schema on first start; the daemon follows, so they never race.
                .dependsOn(Dependency.healthy(WEBSERVER))
                .memory(MemorySize.mebibytes(384));
        FileSpec workspace = FileSpec.of(WORKSPACE, workspace(pipelines));
        for (WorkloadSpec.Builder reader : List.of(webserver, daemon)) {
            reader.file(workspace);
            pipelines.forEach(p -> reader.dependsOn(Dependency.healthy(p.name().codeLocation())));
        }
        return new ComponentSpec(name(), profile(), "onering:devtools:Dagster", List.of(code.build(), webserver.build(), daemon.build()),
                List.of(SecretSpec.password(DATABASE.passwordSecret())), List.of(DATABASE), List.of(), Map.of());
    }

    /**
     * The workspace the webserver and daemon load: the platform's own code location, then one per deployed pipeline,
     * each served over gRPC by its own container.
     */
    static String workspace(List<Pipeline> pipelines) {
        StringBuilder yaml = new StringBuilder("# Generated by the platform: one gRPC code location per line below.\nload_from:\n");
        yaml.append(location(CODE, PLATFORM_LOCATION));
        pipelines.forEach(p -> yaml.append(location(p.name().codeLocation(), p.name().value())));
        return yaml.toString();
    }

    private static String location(String host, String name) {
        return "  - grpc_server:\n      host: " + host + "\n      port: " + CODE_PORT + "\n      location_name: " + name + "\n";
    }

    /** A code location answers Dagster's own gRPC health check (importing definitions takes a while on a busy host). */
    public static HealthCheck codeLocationHealth() {
        return HealthCheck.exec("dagster", "api", "grpc-health-check", "-p", String.valueOf(CODE_PORT))
                .withStartPeriod(Duration.ofSeconds(60));
    }

    /** What config/dagster/dagster.yaml reads for its PostgreSQL storage: every Dagster process, pipelines' included. */
    public static Map<String, String> instanceEnvironment() {
        Map<String, String> env = new TreeMap<>();
        env.put("DAGSTER_POSTGRES_HOST", Postgres.HOST);
        env.put("DAGSTER_POSTGRES_PORT", String.valueOf(Postgres.PORT));
        env.put("DAGSTER_POSTGRES_USER", DATABASE.role());
        env.put("DAGSTER_POSTGRES_PASSWORD", Template.secret(DATABASE.passwordSecret()));
        env.put("DAGSTER_POSTGRES_DB", DATABASE.database());
        return env;
    }
}
