package com.onering.components.observability;

import com.onering.components.storage.Postgres;
import com.onering.model.ComponentSpec;
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
import java.util.List;
import java.util.Map;

/**
 * prometheus-community postgres_exporter: PostgreSQL server and per-database statistics for Prometheus. It logs in as
 * {@value #ROLE}, a member of the built-in {@code pg_monitor} role ({@code identity/ServiceDatabases}), which reads
 * every statistics view but no table.
 */
public final class PostgresExporter implements Component {
    public static final String NAME = "postgres-exporter";
    public static final String ROLE = "postgres_exporter";
    public static final String PASSWORD_SECRET = "postgres-exporter-db-password";
    static final ImageSource IMAGE = new ImageSource.Pulled("quay.io/prometheuscommunity/postgres-exporter", "v0.20.1");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Profile profile() {
        return Profile.OBSERVABILITY;
    }

    @Override
    public ComponentSpec describe(PlatformContext context) {
        WorkloadSpec exporter = WorkloadSpec.service(NAME, IMAGE)
                .env("DATA_SOURCE_URI", Postgres.HOST + ":" + Postgres.PORT + "/postgres?sslmode=disable")
                .env("DATA_SOURCE_USER", ROLE)
                .secretFile("DATA_SOURCE_PASS_FILE", PASSWORD_SECRET, Template.secret(PASSWORD_SECRET))
                .port(PortSpec.internal("metrics", 9187))
                // busybox base: wget, no curl.
                .health(HealthCheck.exec("wget", "-q", "-O", "/dev/null", "http://127.0.0.1:9187/"))
                .metrics("metrics", "/metrics")
                .dependsOn(Dependency.healthy(Postgres.HOST))
                .memory(MemorySize.mebibytes(64))
                .build();
        return new ComponentSpec(name(), profile(), "onering:observability:PostgresExporter", List.of(exporter),
                List.of(SecretSpec.password(PASSWORD_SECRET)), List.of(), List.of(), Map.of());
    }
}
