package com.onering.components;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.onering.config.StreamingBroker;
import com.onering.model.ImageSource;
import com.onering.model.MemorySize;
import com.onering.model.Profile;
import com.onering.model.WorkloadSpec;
import com.onering.plan.OfflinePlan;
import com.onering.plan.PlannedResource;
import com.onering.platform.ConfigFiles;
import com.onering.platform.Platform;
import com.onering.testsupport.ContainerInvariants;
import com.onering.testsupport.MockRun;
import com.onering.testsupport.Platforms;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The foundation's invariants, checked on the resources of every data-plane profile with each broker. */
class DataPlaneInvariantsTest {
    private static final String CONTAINER = "docker:index/container:Container";
    private static final String ALL_PROFILES = "  onering:profiles: [core, ingestion, streaming, catalog, analytics]\n";

    static String config(StreamingBroker broker) {
        return ALL_PROFILES + "  onering:broker: " + broker.configName() + "\n";
    }

    @ParameterizedTest
    @EnumSource(StreamingBroker.class)
    void everyContainerIsPinnedHealthCheckedLimitedLoopbackOnlyAndOnTheRightNetworks(StreamingBroker broker) {
        Platform platform = Platforms.assemble(config(broker));
        List<PlannedResource> plan = OfflinePlan.run(MockRun.config(config(broker)), ConfigFiles.projectDefault());
        Set<String> urns = new HashSet<>();
        plan.forEach(r -> assertTrue(urns.add(r.urn()), "duplicate URN " + r.urn()));

        ContainerInvariants.assertHold(platform, plan, "dev");
    }

    @ParameterizedTest
    @EnumSource(StreamingBroker.class)
    void noHostPortIsPublishedTwiceAcrossCoreAndTheDataPlane(StreamingBroker broker) {
        Platform platform = Platforms.assemble(config(broker));
        Set<Integer> used = new HashSet<>();
        platform.workloads().forEach(w -> w.ports().stream().filter(p -> p.isPublished()).forEach(p ->
                assertTrue(used.add(p.hostPort()), w.name() + "." + p.name() + " reuses host port " + p.hostPort())));
        assertFalse(used.contains(8000), "8000 is Airbyte's abctl ingress on the host");
    }

    @Test
    void derivedImagesBuildFromPinnedBases() {
        ConfigFiles files = ConfigFiles.projectDefault();
        Pattern from = Pattern.compile("(?m)^FROM\\s+(\\S+)");
        for (String dir : List.of("spark", "hive-metastore", "dbt")) {
            Matcher m = from.matcher(files.read(dir + "/Dockerfile"));
            int bases = 0;
            while (m.find()) {
                bases++;
                String ref = m.group(1);
                assertTrue(ref.matches("^[a-z0-9.-]+/.+:[A-Za-z0-9._-]+$") && !ref.endsWith(":latest"), dir + ": unpinned base " + ref);
            }
            assertTrue(bases > 0, dir);
        }
        Platform platform = Platforms.assemble(config(StreamingBroker.PULSAR));
        assertTrue(platform.workloads().stream().map(WorkloadSpec::image).filter(i -> i instanceof ImageSource.Built)
                .map(ImageSource::reference).toList().containsAll(List.of(
                        files.image("onering/spark", "spark").reference(),
                        files.image("onering/hive-metastore", "hive-metastore").reference(),
                        files.image("onering/dbt", "dbt").reference())));
    }

    /** The measured limits per profile; docs/memory.md is assembled from these numbers. */
    @Test
    void memoryPerProfileStaysWithinTheDocumentedBudgets() {
        Map<Profile, MemorySize> pulsar = Platforms.assemble(config(StreamingBroker.PULSAR)).memoryByProfile();
        Map<Profile, MemorySize> kafka = Platforms.assemble(config(StreamingBroker.KAFKA)).memoryByProfile();
        Map<Profile, MemorySize> redpanda = Platforms.assemble(config(StreamingBroker.REDPANDA)).memoryByProfile();
        assertEquals(MemorySize.mebibytes(6656), pulsar.get(Profile.INGESTION));
        assertEquals(MemorySize.mebibytes(2560), pulsar.get(Profile.STREAMING));
        assertEquals(MemorySize.mebibytes(2560), kafka.get(Profile.STREAMING));
        assertEquals(MemorySize.mebibytes(2816), redpanda.get(Profile.STREAMING));
        assertEquals(MemorySize.mebibytes(5376), pulsar.get(Profile.CATALOG));
        // Trino, Hive Metastore, Metabase, the dbt jobs and the dbt docs site (64Mi).
        assertEquals(MemorySize.mebibytes(5184), pulsar.get(Profile.ANALYTICS));
    }
}
