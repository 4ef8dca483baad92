package com.onering.deploy.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.onering.components.storage.Postgres;
import com.onering.hooks.HookRunnerImage;
import com.onering.hooks.migrations.LiquibaseHook;
import com.onering.model.HookSpec;
import com.onering.model.Template;
import com.onering.platform.ConfigFiles;
import com.onering.platform.Platform;
import com.onering.testsupport.Platforms;
import com.onering.testsupport.TestServers;
import com.onering.testsupport.TestServers.CommandResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The remote host's hook executor for real, on a Docker engine ({@code DOCKER_HOST}): the hook runner image built from
 * the project's Dockerfile (the classic builder, as the provider builds it), the script {@link HookContainers} writes
 * run by {@code sh}, and a real hook (the PostgreSQL migrations) reaching a PostgreSQL container by its alias on an
 * internal data network, checked afterwards with psql inside that container. The base and PostgreSQL images are the
 * stand-ins ({@code tests/e2e/stand-ins}) where no registry is reachable; the test command's hook-runner stage builds
 * them and starts the engine.
 */
@Tag("docker-engine")
class HookContainersEngineTest {
    private static final String PREFIX = "onering-hrt";
    private static final List<String> NETWORKS = List.of(PREFIX + "-platform", PREFIX + "-data");
    private static final String VOLUME = PREFIX + "-hook-state";
    private static final String POSTGRES = PREFIX + "-postgres";
    private static final long COMMAND_SECONDS = 600;

    private static Platform platform;
    private static String runnerImage;
    private static String superuserPassword;

    @BeforeAll
    static void startPostgresOnAnInternalNetworkAndBuildTheRunner() throws IOException {
        CommandResult info = docker(List.of("info", "--format", "{{.ServerVersion}}"));
        if (info.exitCode() != 0) {
            fail("no Docker engine answers at DOCKER_HOST=" + System.getenv("DOCKER_HOST") + " (scripts/test.sh starts one for this stage):\n" + info.output());
        }
        assertTrue(Files.isRegularFile(Path.of("target/onering.jar")), "the runner copies target/onering.jar: run mvn package first");
        platform = Platforms.assemble("  onering:dockerHost: ssh://deploy@vps.example.com\n  onering:profiles: [core]\n");
        cleanUp();
        String tag = HookRunnerImage.of(ConfigFiles.projectDefault()).reference();
        Path imageIdFile = Files.createTempFile("hook-runner", ".iid");
        CommandResult build = TestServers.run(List.of("docker", "build", "-q", "--iidfile", imageIdFile.toString(),
                "-f", "config/hook-runner/Dockerfile", "-t", tag, "."), Map.of("DOCKER_BUILDKIT", "0"), COMMAND_SECONDS);
        assertEquals(0, build.exitCode(), "building the hook runner:\n" + build.output());
        runnerImage = Files.readString(imageIdFile).strip();
        assertTrue(runnerImage.startsWith("sha256:"), runnerImage);

        ok(List.of("network", "create", NETWORKS.get(0)));
        ok(List.of("network", "create", "--internal", NETWORKS.get(1)));
        ok(List.of("volume", "create", VOLUME));
        superuserPassword = HexFormat.of().formatHex(new SecureRandom().generateSeed(12));
        String postgresImage = platform.workload(Postgres.HOST).orElseThrow().image().reference();
        ok(List.of("run", "-d", "--name", POSTGRES, "--network", NETWORKS.get(1), "--network-alias", Postgres.HOST,
                "--env", "POSTGRES_PASSWORD", postgresImage), Map.of("POSTGRES_PASSWORD", superuserPassword));
        // Readiness by polling the server itself (pg_isready); the bound only stops a server that never comes up.
        for (int attempt = 0; psql("postgres", "SELECT 1").exitCode() != 0; attempt++) {
            if (attempt == 300) {
                fail("PostgreSQL did not start:\n" + docker(List.of("logs", POSTGRES)).output());
            }
            TestServers.pauseBeforeNextPoll();
        }
    }

    @AfterAll
    static void removeEverything() {
        cleanUp();
    }

    @Test
    void aHookRunsInTheNetworksReachesItsServerByAliasAndIsIdempotent() {
        String ownerPassword = HexFormat.of().formatHex(new SecureRandom().generateSeed(12));
        assertEquals(0, psql("postgres", "CREATE ROLE " + Postgres.CURATED.role() + " LOGIN PASSWORD '" + ownerPassword + "'").exitCode());
        assertEquals(0, psql("postgres", "CREATE DATABASE " + Postgres.CURATED.database() + " OWNER " + Postgres.CURATED.role()).exitCode());
        HookSpec migrations = platform.component(Postgres.HOST).orElseThrow().hooks().stream()
                .filter(h -> h.hook().equals(LiquibaseHook.POSTGRES)).findFirst().orElseThrow();

        CommandResult first = runHook(migrations, Map.of(Postgres.CURATED.passwordSecret(), ownerPassword));
        assertEquals(0, first.exitCode(), first.output());
        assertTrue(first.output().contains("postgres-migrations: 12 created, 0 updated, 0 unchanged"), first.output());
        // An independent client inside the server's container sees what the hook made, owned by the owner role.
        CommandResult tables = psql(Postgres.CURATED.database(),
                "SELECT count(*) FROM pg_tables WHERE schemaname = 'gold' AND tableowner = '" + Postgres.CURATED.role() + "'");
        assertEquals(0, tables.exitCode(), tables.output());
        assertTrue(Integer.parseInt(tables.output().strip()) >= 1, tables.output());

        CommandResult second = runHook(migrations, Map.of(Postgres.CURATED.passwordSecret(), ownerPassword));
        assertEquals(0, second.exitCode(), second.output());
        assertTrue(second.output().contains("postgres-migrations: 0 created, 0 updated, 12 unchanged"), second.output());
        assertEquals("", docker(List.of("ps", "-aq", "--filter", "name=" + PREFIX + "-hook-")).output().strip(), "the run's container is removed");
    }

    @Test
    void aFailedHookFailsTheCommandWithItsMessageAndLeavesNoContainer() {
        HookSpec migrations = platform.component(Postgres.HOST).orElseThrow().hooks().stream()
                .filter(h -> h.hook().equals(LiquibaseHook.POSTGRES)).findFirst().orElseThrow();
        CommandResult refused = runHook(migrations, Map.of(Postgres.CURATED.passwordSecret(), "not-the-password"));
        assertNotEquals(0, refused.exitCode(), refused.output());
        assertTrue(refused.output().contains("JDBC_PASSWORD"), "the message names the setting to fix:\n" + refused.output());
        assertEquals("", docker(List.of("ps", "-aq", "--filter", "name=" + PREFIX + "-hook-")).output().strip(), "the run's container is removed");
    }

    /**
     * The hook's settings rendered as the program renders them for this executor (endpoints in the network, secrets
     * filled in), given to {@code sh} as its environment, with the script the executor declares.
     */
    private static CommandResult runHook(HookSpec spec, Map<String, String> secrets) {
        HookContainers executor = new HookContainers((workload, port) -> workload + ":" + platform.port(workload, port).containerPort(),
                "unused", PREFIX, NETWORKS, () -> fail("not built here"),
                () -> fail("not created here"));
        Map<String, String> environment = new TreeMap<>();
        spec.env().forEach((key, value) -> environment.put(key, Template.render(Template.renderEndpoints(value, executor::endpoint), secrets)));
        assertEquals("jdbc:postgresql://postgres:5432/" + Postgres.CURATED.database(), environment.get("JDBC_URL"));
        return TestServers.run(List.of("sh", "-c", executor.script(spec, runnerImage, VOLUME)), environment, COMMAND_SECONDS);
    }

    private static CommandResult psql(String database, String sql) {
        return TestServers.run(List.of("docker", "exec", "--env", "PGPASSWORD", POSTGRES, "psql", "-h", "127.0.0.1", "-U", "postgres",
                "-d", database, "-tAc", sql), Map.of("PGPASSWORD", superuserPassword), COMMAND_SECONDS);
    }

    private static void cleanUp() {
        List<String> containers = new ArrayList<>(List.of(POSTGRES));
        docker(List.of("ps", "-aq", "--filter", "name=" + PREFIX + "-hook-")).output().lines().forEach(containers::add);
        containers.forEach(c -> docker(List.of("rm", "--force", "--volumes", c)));
        NETWORKS.forEach(n -> docker(List.of("network", "rm", n)));
        docker(List.of("volume", "rm", VOLUME));
    }

    private static void ok(List<String> args) {
        ok(args, Map.of());
    }

    private static void ok(List<String> args, Map<String, String> env) {
        List<String> command = new ArrayList<>(List.of("docker"));
        command.addAll(args);
        CommandResult result = TestServers.run(command, env, COMMAND_SECONDS);
        assertEquals(0, result.exitCode(), String.join(" ", command) + ":\n" + result.output());
    }

    private static CommandResult docker(List<String> args) {
        return TestServers.docker(COMMAND_SECONDS, args.toArray(String[]::new));
    }
}
