package com.onering.identity;

import com.onering.components.security.Keycloak;
import com.onering.components.storage.Postgres;
import com.onering.model.Template.EndpointRef;
import com.onering.platform.Platform;
import java.util.List;

/**
 * The servers the deploying machine's providers connect to: PostgreSQL's for the database roles
 * ({@link ServiceDatabases}), Keycloak's for the realm ({@link KeycloakRealm}). Everything else the program does on a
 * remote host goes through the Docker engine; these two ports are what an SSH tunnel has to carry.
 */
public final class ProviderServers {
    static final EndpointRef POSTGRES = new EndpointRef(Postgres.HOST, "postgres");
    static final EndpointRef KEYCLOAK = new EndpointRef(Keycloak.HOST, "http");

    private ProviderServers() {
    }

    /** The servers the stack's providers reach: those of the components it deploys. */
    public static List<EndpointRef> of(Platform platform) {
        return List.of(POSTGRES, KEYCLOAK).stream().filter(server -> platform.workload(server.workload()).isPresent()).toList();
    }
}
