package com.onering.components.orchestration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.onering.model.ComponentSpec;
import com.onering.model.HealthCheck;
import com.onering.model.WorkloadSpec;
import com.onering.platform.ConfigFiles;
import com.onering.platform.PlatformContext;
import com.onering.testsupport.MockRun;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Airflow's probes as the first real deploy needed them: a probe that starts the Airflow or Celery CLI imports the
 * application first and took longer than Docker's usual 5 s on a loaded host, so the scheduler never counted as
 * healthy within `pulumi up`'s wait.
 */
class AirflowHealthChecksTest {
    private final ComponentSpec airflow = new Airflow().describe(new PlatformContext(MockRun.config("  onering:profiles: [core]\n"),
            ConfigFiles.projectDefault()));

    @Test
    void probesThatStartTheCliAllowThirtySeconds() {
        for (WorkloadSpec workload : airflow.workloads()) {
            workload.health().filter(h -> String.join(" ", h.test()).matches(".*\\b(airflow|celery) .*")).ifPresent(h ->
                    assertTrue(h.timeout().compareTo(Duration.ofSeconds(30)) >= 0, workload.name() + " probe timeout " + h.timeout()));
        }
    }

    /**
     * Docker's timeout kills only the probe's shell: a CLI left running beside the next probes OOM-killed the triggerer
     * and DAG processor in real deploys. Each CLI probe is the probe process itself and is killed before Docker gives up.
     */
    @Test
    void aCliProbeNeverOutlivesItsTimeout() {
        int probes = 0;
        for (WorkloadSpec workload : airflow.workloads()) {
            HealthCheck check = workload.health().orElse(null);
            if (check == null || !String.join(" ", check.test()).matches(".*\\b(airflow|celery) .*")) {
                continue;
            }
            probes++;
            Matcher probe = Pattern.compile("^exec timeout -s KILL (\\d+) (airflow|celery) .*").matcher(check.test().get(1));
            assertTrue(check.test().get(0).equals("CMD-SHELL") && probe.matches(), workload.name() + ": " + check.test());
            assertTrue(Integer.parseInt(probe.group(1)) < check.timeout().toSeconds(), workload.name() + " is killed only after Docker's timeout");
        }
        assertEquals(3, probes, "the DAG processor, worker and triggerer run CLI probes");
    }

    @Test
    void theSchedulerIsProbedThroughItsOwnHealthServer() {
        WorkloadSpec scheduler = airflow.workloads().stream().filter(w -> w.name().equals("airflow-scheduler")).findFirst().orElseThrow();
        assertEquals("True", scheduler.env().get("AIRFLOW__SCHEDULER__ENABLE_HEALTH_CHECK"));
        HealthCheck probe = scheduler.health().orElseThrow();
        assertTrue(probe.test().contains("http://localhost:8974/health"), probe.test().toString());
    }
}
