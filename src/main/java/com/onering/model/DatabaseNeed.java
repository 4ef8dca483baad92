package com.onering.model;

import java.util.List;

/**
 * A PostgreSQL database and login role that a component needs; the role owns only this database. {@code schemas} are
 * created in it, owned by the role; {@code extensions} are created in it by the superuser (PostGIS is not a trusted
 * extension), so the role can use them without holding the right to install any.
 */
public record DatabaseNeed(String database, String role, String passwordSecret, List<String> schemas, List<String> extensions) {

    public DatabaseNeed {
        schemas = List.copyOf(schemas);
        extensions = List.copyOf(extensions);
    }

    /** A database with only its {@code public} schema and no extensions: what most services need. */
    public DatabaseNeed(String database, String role, String passwordSecret) {
        this(database, role, passwordSecret, List.of(), List.of());
    }
}
