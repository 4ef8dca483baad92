package com.onering.smoke;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.onering.components.storage.Postgres;
import com.onering.model.ComponentSpec;
import com.onering.model.WorkloadSpec;
import com.onering.platform.ConfigFiles;
import com.onering.platform.Platform;
import com.onering.process.CommandRunner;
import com.onering.testsupport.Platforms;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SmokeChecksTest {
    private static final Platform POC = Platforms.assemble("  onering:profiles: [core, poc]\n");

    @Test
    void dayOneChecksEveryContainerOfTheStackAndDayTwoEveryDeclaredDatabase() {
        SmokeChecks checks = SmokeChecks.of(POC);
        assertEquals(POC.workloads().stream().map(WorkloadSpec::name).collect(Collectors.toSet()),
                checks.forDay(1).stream().map(SmokeCheck::subject).collect(Collectors.toSet()));
        Set<String> databases = POC.components().stream().map(ComponentSpec::databases).flatMap(List::stream)
                .map(need -> "database " + need.database()).collect(Collectors.toSet());
        assertTrue(databases.containsAll(Set.of("database poc", "database curated", "database airflow")), databases.toString());
        Set<String> dayTwo = checks.forDay(2).stream().map(SmokeCheck::subject).collect(Collectors.toSet());
        assertEquals(union(databases, Set.of("ingestor-file raw-bucket")), dayTwo);
        DatabaseBootstrapped poc = checks.forDay(2).stream().filter(c -> c.subject().equals("database poc"))
                .map(DatabaseBootstrapped.class::cast).findFirst().orElseThrow();
        assertEquals(Postgres.POC, poc.need(), "the check expects what the platform declares");
    }

    @ParameterizedTest
    @CsvSource({"3, ingestor-file, file", "4, ingestor-http, http", "5, ingestor-stream, stream"})
    void daysThreeToFiveRunTheIngestorsOwnCheckInTheirContainer(int day, String workload, String check) {
        assertEquals(List.of(new IngestorSmoke(day, POC.config().stack(), workload, check)), SmokeChecks.of(POC).forDay(day));
        assertTrue(POC.workload(workload).isPresent());
    }

    @Test
    void theIngestorChecksRunTheImagesEntrypointModuleWithAChoiceItKnows() {
        Matcher entrypoint = Pattern.compile("(?m)^ENTRYPOINT \\[(.*)]$").matcher(ConfigFiles.projectDefault().read("ingestors/Dockerfile"));
        assertTrue(entrypoint.find());
        List<String> module = List.of(entrypoint.group(1).replace("\"", "").split(",\\s*"));
        String smokeModule = ConfigFiles.projectDefault().read("ingestors/onering_ingest/smoke.py");
        for (int day = 2; day <= 5; day++) {
            for (SmokeCheck check : SmokeChecks.of(POC).forDay(day)) {
                if (check instanceof IngestorSmoke ingestor) {
                    assertEquals(module, ingestor.command().subList(0, module.size()));
                    assertEquals("smoke", ingestor.command().get(module.size()));
                    assertTrue(smokeModule.contains("\"" + ingestor.check() + "\""), ingestor.check() + " is one of smoke.CHECKS");
                }
            }
        }
    }

    @Test
    void aStackWithoutTheIngestorsSkipsTheirDaysWithTheReasonAndCallsNoDocker() {
        Platform core = Platforms.assemble("  onering:profiles: [core]\n");
        CommandRunner noDocker = (argv, environment, timeout) -> {
            throw new AssertionError("no docker call expected, got " + argv);
        };
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        boolean passed = SmokeChecks.of(core).run(Set.of(3, 4, 5), new DockerCli(noDocker, Optional.empty(), Duration.ofSeconds(5)),
                new PrintStream(printed, true, StandardCharsets.UTF_8));
        assertTrue(passed);
        assertEquals("""
                day 3  skip  the stack deploys no ingestor-file (profile poc)
                day 4  skip  the stack deploys no ingestor-http (profile poc)
                day 5  skip  the stack deploys no ingestor-stream (profile poc)
                smoke: 0 passed, 0 failed
                """, printed.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anEngineThatDoesNotAnswerIsOneLineNotAFailurePerCheck() {
        CommandRunner unreachable = (argv, environment, timeout) -> new CommandRunner.Result(1, "",
                "Cannot connect to the Docker daemon at " + environment.get("DOCKER_HOST") + ". Is the docker daemon running?\n");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        boolean passed = SmokeChecks.of(POC).run(SmokeChecks.DAYS, new DockerCli(unreachable, Optional.of("ssh://ops@vps.example"),
                Duration.ofSeconds(5)), new PrintStream(printed, true, StandardCharsets.UTF_8));
        assertFalse(passed);
        assertEquals("smoke: the stack's Docker engine does not answer: Cannot connect to the Docker daemon at ssh://ops@vps.example."
                + " Is the docker daemon running?\n", printed.toString(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "postgres        | running healthy 0   | true  | running, healthy",
        "postgres        | running starting 0  | false | running but starting",
        "postgres        | running unhealthy 0 | false | running but unhealthy",
        "postgres        | running - 0         | false | running but without its health check",
        "postgres        | exited - 137        | false | exited (exit 137)",
        "postgres        | restarting - 1      | false | restarting",
        "stream-producer | exited - 0          | true  | job done (exit 0)",
        "stream-producer | exited - 2          | false | job exited with exit 2",
        "stream-producer | running - 0         | false | job running"})
    void aContainersStateIsJudgedByWhatItsWorkloadDeclares(String workload, String state, boolean passed, String reason) {
        assertEquals(new SmokeCheck.Outcome(passed, reason), ContainerUp.judge(Platforms.workload(POC, workload), state));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        return Stream.concat(a.stream(), b.stream()).collect(Collectors.toSet());
    }
}
