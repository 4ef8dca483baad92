package com.onering.model.identity;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import java.util.List;

/**
 * The roles, databases and publications the platform declares in PostgreSQL, by name: what the
 * {@value #HOOK} hook makes sure exist (bare) before the typed resources adopt them ({@link PostgresAdoption}).
 */
public record PostgresObjects(List<String> roles, List<Database> databases, List<Publication> publications) {
    public static final String HOOK = "postgres-objects";
    public static final String OBJECTS_SETTING = "POSTGRES_OBJECTS";
    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

    /** A database and the role that owns it (created first: {@code CREATE DATABASE … OWNER} needs it). */
    public record Database(String name, String owner) {
    }

    /**
     * A publication of every table of {@code database}, publishing {@code publish} operations. Created with exactly
     * these settings: the provider replaces a publication whose all-tables flag differs, and an adopted resource may
     * not be replaced.
     */
    public record Publication(String database, String name, List<String> publish) {
        public Publication {
            publish = List.copyOf(publish);
        }
    }

    public PostgresObjects {
        roles = List.copyOf(roles);
        databases = List.copyOf(databases);
        publications = List.copyOf(publications);
    }

    public String toJson() {
        return GSON.toJson(this);
    }

    public static PostgresObjects fromJson(String json) {
        try {
            PostgresObjects objects = GSON.fromJson(json, PostgresObjects.class);
            if (objects == null || objects.roles() == null || objects.databases() == null || objects.publications() == null) {
                throw new IllegalArgumentException("needs roles, databases and publications");
            }
            return new PostgresObjects(objects.roles(), objects.databases(), objects.publications());
        } catch (JsonParseException e) {
            throw new IllegalArgumentException("not valid JSON: " + e.getMessage(), e);
        }
    }
}
