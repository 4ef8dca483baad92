package com.onering.identity;

import com.onering.components.storage.Postgres;
import com.onering.hooks.HookExecutor;
import com.onering.model.HookSpec;
import com.onering.model.Template;
import com.onering.model.identity.PostgresObjects;
import com.pulumi.core.Output;
import com.pulumi.postgresql.Database;
import com.pulumi.postgresql.DatabaseArgs;
import com.pulumi.postgresql.Publication;
import com.pulumi.postgresql.PublicationArgs;
import com.pulumi.postgresql.Role;
import com.pulumi.postgresql.RoleArgs;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Roles, databases and publications outlive a {@code pulumi destroy} inside the retained data volume, and the provider
 * cannot create what exists ({@code CREATE ROLE} fails). So each is declared in two steps: the
 * {@value PostgresObjects#HOOK} hook creates the ones that are missing, bare, then the typed resource imports its
 * object by name; Pulumi applies the declared attributes (login, password, memberships, owner) right after an import
 * whose inputs differ. On a stack that already holds the resource the import id equals its id, so nothing is imported
 * again. Previews declare no import: the server may not exist yet, and an import reads it even in a preview.
 * <p>
 * The hook's list is complete only once every object is declared, so its environment waits for {@link #close()}.
 */
public final class PostgresAdoption implements AutoCloseable {
    private final List<String> roles = new ArrayList<>();
    private final List<PostgresObjects.Database> databases = new ArrayList<>();
    private final List<PostgresObjects.Publication> publications = new ArrayList<>();
    private final CompletableFuture<PostgresObjects> declared = new CompletableFuture<>();
    private final CustomResourceOptions options;
    private final boolean importExisting;
    private final Resource hook;

    /**
     * @param environment    renders a hook's settings (endpoints and secrets)
     * @param options        provider, parent and delete behaviour of every adopted resource
     * @param importExisting false in previews
     */
    PostgresAdoption(HookExecutor executor, Resource parent, Function<Map<String, String>, Output<Map<String, String>>> environment,
                     List<Resource> hookDependsOn, CustomResourceOptions options, boolean importExisting) {
        this.options = options;
        this.importExisting = importExisting;
        HookSpec spec = hookSpec(new PostgresObjects(List.of(), List.of(), List.of()));
        this.hook = executor.declare(spec, parent, Output.of(declared).apply(objects -> environment.apply(hookSpec(objects).env())),
                spec.hook(), hookDependsOn);
    }

    Role role(String name, RoleArgs.Builder args) {
        return role("role-" + name, name, args);
    }

    Role role(String resourceName, String name, RoleArgs.Builder args) {
        roles.add(name);
        return new Role(resourceName, args.name(name).build(), adopting(name));
    }

    Database database(String name, Role owner, String ownerName) {
        databases.add(new PostgresObjects.Database(name, ownerName));
        return new Database("database-" + name, DatabaseArgs.builder().name(name).owner(owner.name()).build(), adopting(name));
    }

    /** A publication of every table of {@code database}; its import id is the provider's {@code database.publication}. */
    Publication publication(String database, Output<String> databaseName, String name, List<String> publish, List<Resource> dependsOn) {
        publications.add(new PostgresObjects.Publication(database, name, publish));
        return new Publication("publication-" + name, PublicationArgs.builder()
                .database(databaseName)
                .name(name)
                .allTables(true)
                .publishParams(publish)
                .build(), CustomResourceOptions.merge(adopting(database + "." + name), CustomResourceOptions.builder().dependsOn(dependsOn).build()));
    }

    private CustomResourceOptions adopting(String importId) {
        CustomResourceOptions.Builder adoption = CustomResourceOptions.builder().dependsOn(hook);
        if (importExisting) {
            adoption.importId(importId);
        }
        return CustomResourceOptions.merge(options, adoption.build());
    }

    /** Every object is declared: the hook's list is final. */
    @Override
    public void close() {
        declared.complete(new PostgresObjects(roles, databases, publications));
    }

    /** The hook, connecting as the superuser to the server's {@code postgres} database, with these objects. */
    public static HookSpec hookSpec(PostgresObjects objects) {
        return new HookSpec(PostgresObjects.HOOK, List.of(Postgres.HOST), Map.of(
                "POSTGRES_URL", Postgres.jdbcUrlFromHooks("postgres"),
                "POSTGRES_USER", Postgres.SUPERUSER,
                "POSTGRES_PASSWORD", Template.secret(Postgres.SUPERUSER_PASSWORD),
                PostgresObjects.OBJECTS_SETTING, objects.toJson()), List.of());
    }
}
