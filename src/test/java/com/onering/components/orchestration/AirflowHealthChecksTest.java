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

    @Test
    void theSchedulerIsProbedThroughItsOwnHealthServer() {
        WorkloadSpec scheduler = airflow.workloads().stream().filter(w -> w.name().equals("airflow-scheduler")).findFirst().orElseThrow();
        assertEquals("True", scheduler.env().get("AIRFLOW__SCHEDULER__ENABLE_HEALTH_CHECK"));
        HealthCheck probe = scheduler.health().orElseThrow();
        assertTrue(probe.test().contains("http://localhost:8974/health"), probe.test().toString());
    }
}
