package com.onering.components.poc;

import com.onering.components.storage.Postgres;
import com.onering.hooks.migrations.LiquibaseHook;
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
 * Seed 002's agent/API layer: a thin read-only HTTP backend over the curated tables of the {@code poc} database
 * ({@code GET /v1/datasets}, {@code GET /v1/search}), its contract {@code config/contracts/openapi.yaml}. One small
 * image built from {@code config/agent-api} carrying that contract (served at {@code /openapi.yaml}). It logs in as
 * {@value #DB_ROLE}, which {@code identity.ServiceDatabases} declares with CONNECT on the database, USAGE on
 * {@value #SCHEMA} and SELECT on its tables (present and future) and nothing else. It has no authentication of its own,
 * so its port is published on the Docker host's loopback only, whatever the stack's {@code publishAddress}.
 */
public final class AgentApi implements Component {
    public static final String NAME = "agent-api";
    public static final String HOST = "agent-api";
    public static final int PORT = 8080;
    public static final int HOST_PORT = 8091;
    /** The API's login: read-only on the curated schema of the poc database. */
    public static final String DB_ROLE = "agent_api";
    public static final String DB_PASSWORD = "agent-api-db-password";
    /** The only schema the API reads, and the only one its role may use. */
    public static final String SCHEMA = "curated";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Profile profile() {
        return Profile.POC;
    }

    @Override
    public ComponentSpec describe(PlatformContext context) {
        ImageSource image = context.files().image("onering/agent-api", ".", "agent-api/Dockerfile", Map.of(),
                List.of("agent-api", "contracts"));
        WorkloadSpec api = WorkloadSpec.service(HOST, image)
                .env("AGENT_API_PORT", String.valueOf(PORT))
                .env("AGENT_API_SCHEMA", SCHEMA)
                // libpq's own variables; the password from a file (libpq's password file would need mode 0600).
                .env("PGHOST", Postgres.HOST)
                .env("PGPORT", String.valueOf(Postgres.PORT))
                .env("PGDATABASE", Postgres.POC.database())
                .env("PGUSER", DB_ROLE)
                .env("PGAPPNAME", HOST)
                .secretFile("AGENT_API_PG_PASSWORD_FILE", DB_PASSWORD, Template.secret(DB_PASSWORD))
                .port(PortSpec.loopback("http", PORT, HOST_PORT))
                .metrics("http", "/metrics")
                .health(HealthCheck.pythonHttpGet("http://127.0.0.1:" + PORT + "/health"))
                .dependsOn(Dependency.healthy(Postgres.HOST))
                // The curated tables exist before it serves (it would list none until then).
                .afterHook(LiquibaseHook.POSTGRES_POC)
                .memory(MemorySize.mebibytes(64))
                .build();
        return new ComponentSpec(name(), profile(), "onering:poc:AgentApi", List.of(api), List.of(SecretSpec.password(DB_PASSWORD)),
                List.of(), List.of(), Map.of("agentApiUrl", "http://" + Template.endpoint(HOST, "http")));
    }
}
