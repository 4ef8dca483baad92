package com.onering.components.security;

import com.onering.components.storage.Postgres;
import com.onering.config.PlatformConfig;
import com.onering.model.ComponentSpec;
import com.onering.model.DatabaseNeed;
import com.onering.model.Dependency;
import com.onering.model.FileSpec;
import com.onering.model.HealthCheck;
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

/**
 * Keycloak 26, the platform's identity provider. Production mode ({@code start --optimized}) on plain HTTP for the
 * loopback-published port, state in its own PostgreSQL database. The realm, roles, groups, clients and LDAP
 * federation are typed resources of {@code identity.KeycloakRealm}, not an imported JSON file.
 */
public final class Keycloak implements Component {
    public static final String HOST = "keycloak";
    public static final int HTTP_PORT = 8080;
    public static final int DEFAULT_HOST_PORT = 8180;
    public static final String REALM = "oner";
    public static final String ADMIN_USER = "admin";
    public static final String ADMIN_PASSWORD = "keycloak-admin-password";
    public static final DatabaseNeed DATABASE = new DatabaseNeed("keycloak", "keycloak", "keycloak-db-password");

    /** The URL browsers use, and therefore the issuer of every token: the published port on the publish address. */
    public static String publicUrl(PlatformConfig config) {
        return config.publishedUrl(HOST, "http", DEFAULT_HOST_PORT);
    }

    /** The realm's OIDC endpoints as containers reach them, on the platform network. */
    public static String internalRealmUrl() {
        return "http://" + HOST + ":" + HTTP_PORT + "/realms/" + REALM;
    }

    /** Keycloak's config file, holding only its secrets; every other option is set in the environment. */
    static final String SECRETS_CONFIG = FileSpec.SECRETS_DIR + "keycloak.conf";

    @Override
    public String name() {
        return "keycloak";
    }

    @Override
    public Profile profile() {
        return Profile.SECURITY;
    }

    @Override
    public ComponentSpec describe(PlatformContext context) {
        WorkloadSpec server = WorkloadSpec.service(HOST, context.files().image("onering/keycloak", "keycloak"))
                // The two secrets come from a config file: Keycloak reads the given file instead of conf/keycloak.conf,
                // below the environment in precedence (keycloak.org/server/configuration). The bootstrap admin is used only
                // while the master realm does not exist yet, i.e. on the first start.
                .command("--config-file=" + SECRETS_CONFIG, "start", "--optimized")
                .file(FileSpec.of(SECRETS_CONFIG, "db-password=" + Template.secret(DATABASE.passwordSecret()) + "\n"
                        + "bootstrap-admin-password=" + Template.secret(ADMIN_PASSWORD) + "\n"))
                .env("KC_DB_URL", Postgres.jdbcUrl(DATABASE.database()))
                .env("KC_DB_USERNAME", DATABASE.role())
                .env("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USER)
                .env("KC_HTTP_ENABLED", "true")
                // Browsers and token issuers use the published URL; containers (oauth2-proxy) reach the back channel by name.
                .env("KC_HOSTNAME", publicUrl(context.config()))
                .env("KC_HOSTNAME_BACKCHANNEL_DYNAMIC", "true")
                // Behind the public entry, which ends TLS and says so in X-Forwarded-* (it replaces what clients send).
                .env(context.config().target().publicEntry().isPresent() ? Map.of("KC_PROXY_HEADERS", "xforwarded") : Map.of())
                // The heap follows the container limit (Keycloak's own defaults, stated so the limit below stays the one knob).
                .env("JAVA_OPTS_KC_HEAP", "-XX:MaxRAMPercentage=70 -XX:MinRAMPercentage=70 -XX:InitialRAMPercentage=50")
                // Browsers log in here: published beside the UIs, never behind a gate.
                .port(PortSpec.browserEntry("http", HTTP_PORT, DEFAULT_HOST_PORT))
                .port(PortSpec.internal("management", 9000))
                // No curl in the image; bash's /dev/tcp asks the management port (Keycloak docs, PR keycloak#38131).
                .health(HealthCheck.exec("bash", "-c", "{ printf 'HEAD /health/ready HTTP/1.1\\r\\nHost: localhost\\r\\nConnection: close\\r\\n\\r\\n' >&0;"
                        + " grep -q 'HTTP/1.1 200'; } 0<>/dev/tcp/127.0.0.1/9000")
                        // The first start on an empty database creates the schema and the master realm: 163 s
                        // measured on a busy 2-core host, so the start period leaves room for twice that.
                        .withStartPeriod(Duration.ofSeconds(300)))
                .dependsOn(Dependency.healthy(Postgres.HOST))
                // The realm's user federation reads the directory.
                .dependsOn(Dependency.healthy(OpenLdap.HOST))
                // Keycloak's sizing guide puts an idle instance near 1 GB; 70% of this limit is heap.
                .memory(MemorySize.mebibytes(1024))
                .build();
        return new ComponentSpec(name(), profile(), "onering:security:Keycloak", List.of(server),
                List.of(SecretSpec.password(DATABASE.passwordSecret()), SecretSpec.password(ADMIN_PASSWORD)),
                List.of(DATABASE), List.of(),
                Map.of("keycloakUrl", "http://" + Template.endpoint(HOST, "http"),
                        "keycloakIssuer", publicUrl(context.config()) + "/realms/" + REALM,
                        "keycloakAdminPassword", Template.secret(ADMIN_PASSWORD)));
    }
}
