package com.onering.smoke;

import com.onering.components.poc.Ingestors;
import com.onering.components.storage.Postgres;
import com.onering.model.ComponentSpec;
import com.onering.platform.Platform;
import com.onering.process.CommandRunner.Result;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Seed 002's smoke checks, day by day, for what a stack deploys: day 1 every container, day 2 every declared database
 * and the RAW bucket, days 3 to 5 the file, HTTP and stream ingestors. A day with nothing deployed to check is
 * skipped with the reason.
 */
public final class SmokeChecks {
    public static final Set<Integer> DAYS = Set.of(1, 2, 3, 4, 5);
    private static final Map<Integer, String> WHAT_EACH_DAY_NEEDS = Map.of(
            1, "containers",
            2, "PostgreSQL or seed 002's ingestors (profile poc)",
            3, "ingestor-file (profile poc)",
            4, "ingestor-http (profile poc)",
            5, "ingestor-stream (profile poc)");

    private final List<SmokeCheck> checks;

    private SmokeChecks(List<SmokeCheck> checks) {
        this.checks = List.copyOf(checks);
    }

    public static SmokeChecks of(Platform platform) {
        String stack = platform.config().stack();
        List<SmokeCheck> checks = new ArrayList<>();
        platform.workloads().forEach(workload -> checks.add(new ContainerUp(stack, workload)));
        if (platform.component(Postgres.HOST).isPresent()) {
            platform.components().stream().map(ComponentSpec::databases).flatMap(List::stream)
                    .forEach(need -> checks.add(new DatabaseBootstrapped(stack, need)));
        }
        if (platform.workload(Ingestors.FILE).isPresent()) {
            checks.add(new IngestorSmoke(2, stack, Ingestors.FILE, "raw-bucket"));
            checks.add(new IngestorSmoke(3, stack, Ingestors.FILE, "file"));
            checks.add(new IngestorSmoke(4, stack, Ingestors.HTTP, "http"));
            checks.add(new IngestorSmoke(5, stack, Ingestors.STREAM, "stream"));
        }
        return new SmokeChecks(checks);
    }

    public List<SmokeCheck> forDay(int day) {
        return checks.stream().filter(c -> c.day() == day).toList();
    }

    /**
     * Runs the checks of {@code days} in day order and prints one line each ({@code day N  pass|FAIL  subject: reason}),
     * then a summary. True when none failed.
     */
    public boolean run(Set<Integer> days, DockerCli docker, PrintStream out) {
        if (days.stream().anyMatch(day -> !forDay(day).isEmpty())) {
            Result engine = docker.run(List.of("version", "--format", "{{.Server.Version}}"));
            if (!engine.succeeded()) {
                out.println("smoke: the stack's Docker engine does not answer: " + DockerCli.lastLine(engine));
                return false;
            }
        }
        int passed = 0;
        int failed = 0;
        for (int day : days.stream().sorted().toList()) {
            List<SmokeCheck> today = forDay(day);
            if (today.isEmpty()) {
                out.println("day " + day + "  skip  the stack deploys no " + WHAT_EACH_DAY_NEEDS.get(day));
            }
            for (SmokeCheck check : today) {
                SmokeCheck.Outcome outcome = check.run(docker);
                out.println("day " + day + "  " + (outcome.passed() ? "pass" : "FAIL") + "  " + check.subject() + ": " + outcome.reason());
                out.flush();
                if (outcome.passed()) {
                    passed++;
                } else {
                    failed++;
                }
            }
        }
        out.println("smoke: " + passed + " passed, " + failed + " failed");
        return failed == 0;
    }
}
