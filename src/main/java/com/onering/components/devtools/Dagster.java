package com.onering.components.devtools;

import com.onering.components.storage.Postgres;
import com.onering.model.ComponentSpec;
import com.onering.model.DatabaseNeed;
import com.onering.model.Dependency;
import com.onering.model.HealthCheck;
import com.onering.model.ImageSource;
import com.onering.model.MemorySize;
import com.onering.model.PortSpec;
import com.onering.model.Profile;
import com.onering.model.SecretSpec;
import com.onering.model.Template;
import com.onering.model.WorkloadSpec;
import com.onering.platform.Component;
import com.onering.platform.PlatformContext;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Dagster: a code-location server, the webserver and the daemon, from one derived image built from
 * {@code config/dagster/}. Runs, events and schedules live in Dagster's own PostgreSQL database; runs execute in the
 * code-location process, so no Docker socket is needed.
 */
public final class Dagster implements Component {
    public static final String CODE = "dagster-code";
    public static final String WEBSERVER = "dagster-webserver";
    public static final String DAEMON = "dagster-daemon";
    public static final int CODE_PORT = 4000;
    public static final DatabaseNeed DATABASE = new DatabaseNeed("dagster", "dagster", "dagster-db-password");
    private static final String WORKSPACE = "/opt/dagster/dagster_home/workspace.yaml";
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
                .health(HealthCheck.exec("dagster", "api", "grpc-health-check", "-p", String.valueOf(CODE_PORT))
                        .withStartPeriod(Duration.ofSeconds(60)))
                // Runs execute here and write events to the instance database.
                .dependsOn(Dependency.healthy(Postgres.HOST))
                .memory(MemorySize.mebibytes(384));
        code.files(context.files().placedUnder("seed-data", SEED_DATA_DIR));
        WorkloadSpec webserver = WorkloadSpec.service(WEBSERVER, image)
                .command("dagster-webserver", "-h", "0.0.0.0", "-p", "3000", "-w", WORKSPACE)
                .env(instance)
                .port(PortSpec.published("http", 3000, 3001))
                .health(HealthCheck.pythonHttpGet("http://127.0.0.1:3000/server_info").withStartPeriod(Duration.ofSeconds(60)))
                .ui("http", "/")
                .dependsOn(Dependency.healthy(Postgres.HOST))
                .dependsOn(Dependency.healthy(CODE))
                .memory(MemorySize.mebibytes(384))
                .build();
        WorkloadSpec daemon = WorkloadSpec.service(DAEMON, image)
                .command("dagster-daemon", "run", "-w", WORKSPACE)
                .env(instance)
                .health(HealthCheck.exec("dagster-daemon", "liveness-check").withStartPeriod(Duration.ofSeconds(90)))
                .dependsOn(Dependency.healthy(Postgres.HOST))
                .dependsOn(Dependency.healthy(CODE))
                // The webserver creates the instance schema on first start; the daemon follows, so they never race.
                .dependsOn(Dependency.healthy(WEBSERVER))
                .memory(MemorySize.mebibytes(384))
                .build();
        return new ComponentSpec(name(), profile(), "onering:devtools:Dagster", List.of(code.build(), webserver, daemon),
                List.of(SecretSpec.password(DATABASE.passwordSecret())), List.of(DATABASE), List.of(), Map.of());
    }

    /** What config/dagster/dagster.yaml reads for its PostgreSQL storage. */
    private static Map<String, String> instanceEnvironment() {
        Map<String, String> env = new TreeMap<>();
        env.put("DAGSTER_POSTGRES_HOST", Postgres.HOST);
        env.put("DAGSTER_POSTGRES_PORT", String.valueOf(Postgres.PORT));
        env.put("DAGSTER_POSTGRES_USER", DATABASE.role());
        env.put("DAGSTER_POSTGRES_PASSWORD", Template.secret(DATABASE.passwordSecret()));
        env.put("DAGSTER_POSTGRES_DB", DATABASE.database());
        return env;
    }
}
