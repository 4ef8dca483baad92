package com.onering.components.observability;

import com.onering.components.storage.ClickHouse;
import com.onering.components.storage.Postgres;
import com.onering.hooks.identity.ClickHouseRolesHook;
import com.onering.model.ComponentSpec;
import com.onering.model.Dependency;
import com.onering.model.FileSpec;
import com.onering.model.HealthCheck;
import com.onering.model.MemorySize;
import com.onering.model.PortSpec;
import com.onering.model.Profile;
import com.onering.model.SecretSpec;
import com.onering.model.Template;
import com.onering.model.VolumeSpec;
import com.onering.model.WorkloadSpec;
import com.onering.platform.Component;
import com.onering.platform.PlatformContext;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Grafana with data sources and dashboards provisioned as files from {@code config/grafana/}: Prometheus, Loki,
 * Tempo, ClickHouse (plugin baked into the derived image) and the curated PostgreSQL database.
 */
public final class Grafana implements Component {
    public static final String HOST = "grafana";
    public static final int PORT = 3000;
    public static final String ADMIN_USER = "admin";
    public static final String ADMIN_PASSWORD = "grafana-admin-password";

    @Override
    public String name() {
        return "grafana";
    }

    @Override
    public Profile profile() {
        return Profile.OBSERVABILITY;
    }

    /** Paths config/grafana/provisioning/datasources/datasources.yaml reads the data sources' passwords from. */
    static final String CLICKHOUSE_PASSWORD_FILE = FileSpec.SECRETS_DIR + "grafana-clickhouse-password";
    static final String POSTGRES_PASSWORD_FILE = FileSpec.SECRETS_DIR + "grafana-postgres-password";

    @Override
    public ComponentSpec describe(PlatformContext context) {
        WorkloadSpec.Builder grafana = WorkloadSpec.service(HOST, context.files().image("onering/grafana", "grafana/image"))
                .env(authentication(context))
                .env(dataSources())
                // Grafana's image reads GF_*__FILE; the provisioning files read $__file{…} (Grafana's config expanders).
                .secretFile("GF_SECURITY_ADMIN_PASSWORD__FILE", ADMIN_PASSWORD, Template.secret(ADMIN_PASSWORD))
                .file(FileSpec.of(CLICKHOUSE_PASSWORD_FILE, Template.secret(ClickHouse.READER_PASSWORD)))
                .file(FileSpec.of(POSTGRES_PASSWORD_FILE, Template.secret(Postgres.CURATED.passwordSecret())))
                .env("GF_ANALYTICS_REPORTING_ENABLED", "false")
                .env("GF_ANALYTICS_CHECK_FOR_UPDATES", "false")
                .port(PortSpec.published("http", PORT, PORT))
                .volume(VolumeSpec.data("grafana-data", "/var/lib/grafana"))
                // curl is in the image; busybox wget --spider has failed there with "Permission denied".
                .health(HealthCheck.exec("curl", "--fail", "--silent", "--output", "/dev/null", "http://127.0.0.1:3000/api/health"))
                .analystUi("http", "/")
                .metrics("http", "/metrics")
                // The SQL data sources sit on the internal data network; Grafana must join it. Prometheus, Loki and
                // Tempo are not dependencies: Prometheus scrapes Grafana, and a data source may start later.
                .dependsOn(Dependency.started(ClickHouse.HOST))
                // Its ClickHouse login exists once the roles hook has run.
                .afterHook(ClickHouseRolesHook.NAME)
                .dependsOn(Dependency.started(Postgres.HOST))
                .memory(MemorySize.mebibytes(256));
        grafana.files(context.files().placedUnder("grafana/provisioning", "/etc/grafana/provisioning"));
        grafana.files(context.files().placedUnder("grafana/dashboards", "/etc/grafana/dashboards"));
        return new ComponentSpec(name(), profile(), "onering:observability:Grafana", List.of(grafana.build()),
                List.of(SecretSpec.password(ADMIN_PASSWORD)), List.of(), List.of(),
                Map.of("grafanaAdminPassword", Template.secret(ADMIN_PASSWORD)));
    }

    /**
     * Every login setting of Grafana, in one place: a local admin with a generated password, no sign-up, no anonymous
     * access. Single sign-on (Keycloak generic OAuth) replaces this map when the identity layer provides a client.
     */
    static Map<String, String> authentication(PlatformContext context) {
        Map<String, String> env = new TreeMap<>();
        env.put("GF_SECURITY_ADMIN_USER", ADMIN_USER);
        // The password (a file, see describe) is applied when the database is first created only; later changes go
        // through `grafana cli admin reset-admin-password`.
        env.put("GF_USERS_ALLOW_SIGN_UP", "false");
        env.put("GF_AUTH_ANONYMOUS_ENABLED", "false");
        env.put("GF_SERVER_ROOT_URL", context.config().publishedUrl(HOST, "http", PORT) + "/");
        return env;
    }

    /** The values config/grafana/provisioning/datasources/datasources.yaml expands: addresses and user names (passwords are files). */
    static Map<String, String> dataSources() {
        Map<String, String> env = new TreeMap<>();
        env.put("PROMETHEUS_URL", Prometheus.url());
        env.put("LOKI_URL", Loki.url());
        env.put("ALERTMANAGER_URL", Alertmanager.url());
        env.put("TEMPO_URL", Tempo.url());
        env.put("CLICKHOUSE_HOST", ClickHouse.HOST);
        // The BI tools' read-only login (analytics, marts, system), never the admin.
        env.put("CLICKHOUSE_USER", ClickHouse.READER_USER);
        env.put("CLICKHOUSE_DATABASE", ClickHouse.DATABASE);
        env.put("POSTGRES_ADDRESS", Postgres.HOST + ":" + Postgres.PORT);
        env.put("POSTGRES_USER", Postgres.CURATED.role());
        env.put("POSTGRES_DATABASE", Postgres.CURATED.database());
        return env;
    }
}
