package com.onering.deploy.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.onering.plan.OfflinePlan;
import com.onering.plan.PlannedResource;
import com.onering.platform.ConfigFiles;
import com.onering.testsupport.MockRun;
import com.onering.testsupport.PlanQueries;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Container inputs in the form the provider reads back from Docker, so a preview right after `up` proposes nothing
 * (the first real deploy showed "120s" against "2m0s", and an unset swap against Docker's twice-the-limit).
 */
class QuietPreviewInputsTest {
    /** Go's form: no unit overflows into the next (seconds and minutes below 60). */
    private static final Pattern GO_FORM = Pattern.compile("(?:\\d+h)?(?:[1-5]?\\dm)?[1-5]?\\ds");

    @Test
    void durationsAreWrittenAsGoPrintsThem() {
        assertEquals("5s", DockerTarget.goDuration(Duration.ofSeconds(5)));
        assertEquals("1m0s", DockerTarget.goDuration(Duration.ofSeconds(60)));
        assertEquals("2m0s", DockerTarget.goDuration(Duration.ofSeconds(120)));
        assertEquals("1m30s", DockerTarget.goDuration(Duration.ofSeconds(90)));
        assertEquals("1h0m0s", DockerTarget.goDuration(Duration.ofHours(1)));
        assertEquals("0s", DockerTarget.goDuration(Duration.ZERO));
    }

    @Test
    void everyContainerStatesItsSwapAndGoFormDurations() {
        List<PlannedResource> plan = OfflinePlan.run(MockRun.config(
                "  onering:profiles: [core, ingestion, streaming, catalog, analytics, ml, observability, cicd, security, devtools, poc]\n"),
                ConfigFiles.projectDefault());
        for (PlannedResource container : PlanQueries.ofType(plan, "docker:index/container:Container")) {
            assertEquals(container.inputs().get("memory"), container.inputs().get("memorySwap"), container.name());
            if (container.inputs().get("healthcheck") instanceof Map<?, ?> health) {
                for (String key : List.of("interval", "timeout", "startPeriod")) {
                    String value = String.valueOf(health.get(key));
                    assertTrue(GO_FORM.matcher(value).matches(), container.name() + " " + key + " = " + value);
                }
            }
        }
    }
}
