package com.onering.model.identity;

import java.util.Arrays;
import java.util.Optional;

/**
 * The platform's roles (seed 000 "Identity &amp; RBAC"). Each is a realm role in Keycloak, a group of the same name in
 * the directory (mapped to the role), and where a store grants by role, a role there too.
 */
public enum PlatformRole {
    PLATFORM_ADMIN("platform-admin", "Operates the platform and every UI"),
    DATA_ANALYST("data-analyst", "Reads the curated marts and gold tables"),
    DATA_ENGINEER("data-engineer", "Builds pipelines across the medallion layers"),
    PLATFORM_SUPERUSER("platform-superuser", "Break-glass administration of the platform itself");

    private final String id;
    private final String description;

    PlatformRole(String id, String description) {
        this.id = id;
        this.description = description;
    }

    /** The name used everywhere: realm role, directory group, ClickHouse role. */
    public String id() {
        return id;
    }

    public String description() {
        return description;
    }

    public static Optional<PlatformRole> byId(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
    }
}
