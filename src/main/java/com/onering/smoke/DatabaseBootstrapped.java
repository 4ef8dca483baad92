package com.onering.smoke;

import com.onering.components.storage.Postgres;
import com.onering.deploy.docker.DockerTarget;
import com.onering.model.DatabaseNeed;
import com.onering.process.CommandRunner.Result;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Day 2: a database the platform declares is there as declared: owned by its role, with its schemas (owned by that
 * role too) and its extensions. psql inside the PostgreSQL container, as the superuser over the local socket, so the
 * check needs no password.
 */
public record DatabaseBootstrapped(String stack, DatabaseNeed need) implements SmokeCheck {
    /** One line per fact: {@code owner <role>}, {@code schema <name> <owner>}, {@code extension <name>}. */
    public static final String QUERY = "SELECT 'owner ' || pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()"
            + " UNION ALL SELECT 'schema ' || nspname || ' ' || pg_get_userbyid(nspowner) FROM pg_namespace"
            + " UNION ALL SELECT 'extension ' || extname FROM pg_extension";

    @Override
    public int day() {
        return 2;
    }

    @Override
    public String subject() {
        return "database " + need.database();
    }

    @Override
    public Outcome run(DockerCli docker) {
        Result queried = docker.run(List.of("exec", DockerTarget.containerName(stack, Postgres.HOST),
                "psql", "-U", Postgres.SUPERUSER, "-d", need.database(), "-AtX", "-v", "ON_ERROR_STOP=1", "-c", QUERY));
        if (!queried.succeeded()) {
            return Outcome.fail(DockerCli.lastLine(queried));
        }
        return judge(need, queried.stdout());
    }

    /** The verdict on {@link #QUERY}'s output. */
    public static Outcome judge(DatabaseNeed need, String facts) {
        Map<String, List<String>> byKind = facts.lines().filter(l -> !l.isBlank())
                .collect(Collectors.groupingBy(l -> l.split(" ", 2)[0], Collectors.mapping(l -> l.split(" ", 2)[1], Collectors.toList())));
        Function<String, List<String>> of = kind -> byKind.getOrDefault(kind, List.of());
        List<String> problems = new ArrayList<>();
        if (!of.apply("owner").equals(List.of(need.role()))) {
            problems.add("owned by " + String.join(", ", of.apply("owner")) + ", not " + need.role());
        }
        for (String schema : need.schemas()) {
            if (!of.apply("schema").contains(schema + " " + need.role())) {
                problems.add(of.apply("schema").stream().anyMatch(s -> s.startsWith(schema + " "))
                        ? "schema " + schema + " is not owned by " + need.role() : "schema " + schema + " is missing");
            }
        }
        for (String extension : need.extensions()) {
            if (!of.apply("extension").contains(extension)) {
                problems.add("extension " + extension + " is missing");
            }
        }
        if (!problems.isEmpty()) {
            return Outcome.fail(String.join("; ", problems));
        }
        StringBuilder reason = new StringBuilder("owned by " + need.role());
        if (!need.schemas().isEmpty()) {
            reason.append("; schemas ").append(String.join(", ", need.schemas()));
        }
        if (!need.extensions().isEmpty()) {
            reason.append("; extensions ").append(String.join(", ", need.extensions()));
        }
        return Outcome.pass(reason.toString());
    }
}
