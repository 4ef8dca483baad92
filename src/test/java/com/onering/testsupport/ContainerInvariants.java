package com.onering.testsupport;

import static com.onering.testsupport.PlanQueries.list;
import static com.onering.testsupport.PlanQueries.ofType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.onering.model.Dependency;
import com.onering.model.Tier;
import com.onering.model.WorkloadKind;
import com.onering.model.WorkloadSpec;
import com.onering.plan.PlannedResource;
import com.onering.platform.Platform;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The invariants every planned container keeps, whatever the profiles: one container per workload, named for the
 * stack; a pinned image pulled or built by the plan; a memory limit; services restart and are health-checked, jobs
 * run once attached; ports published on loopback only; on the platform networks with its own name as alias (never
 * {@code networkMode}); on the data network exactly when it is a data store or reaches one; named volumes only,
 * except the Docker socket for a workload granted it.
 */
public final class ContainerInvariants {
    public static final String CONTAINER = "docker:index/container:Container";
    private static final String IMAGE = "docker:index/remoteImage:RemoteImage";

    private ContainerInvariants() {
    }

    public static void assertHold(Platform platform, List<PlannedResource> plan, String stack) {
        Set<String> imageIds = new HashSet<>();
        for (PlannedResource image : ofType(plan, IMAGE)) {
            String name = (String) image.inputs().get("name");
            assertTrue(name.matches("^[^:]+(:\\d+)?/?[^:]*:[A-Za-z0-9._-]+$") && !name.endsWith(":latest"), "image not pinned to a tag: " + name);
            assertEquals(true, image.inputs().get("keepLocally"), name);
            imageIds.add(sha256(name));
        }
        List<PlannedResource> containers = ofType(plan, CONTAINER);
        assertEquals(platform.workloads().stream().map(WorkloadSpec::name).collect(Collectors.toSet()),
                containers.stream().map(PlannedResource::name).collect(Collectors.toSet()), "one container per workload");
        for (PlannedResource c : containers) {
            String name = c.name();
            WorkloadSpec workload = Platforms.workload(platform, name);
            assertEquals("onering-" + stack + "-" + name, c.inputs().get("name"));
            assertTrue(imageIds.contains(c.inputs().get("image")),
                    name + " runs an image the plan neither pulls nor builds");
            assertTrue(((Number) c.inputs().get("memory")).intValue() > 0, name + " has no memory limit");
            if (workload.kind() == WorkloadKind.SERVICE) {
                assertEquals("unless-stopped", c.inputs().get("restart"), name);
                @SuppressWarnings("unchecked")
                Map<String, Object> health = (Map<String, Object>) c.inputs().get("healthcheck");
                assertTrue(health != null && !((List<?>) health.get("tests")).isEmpty(), name + " has no health check");
            } else {
                assertEquals(false, c.inputs().get("mustRun"), name);
                assertEquals(true, c.inputs().get("attach"), name);
                assertEquals("no", c.inputs().get("restart"), name);
            }
            for (Map<String, Object> port : list(c, "ports")) {
                assertEquals("127.0.0.1", port.get("ip"), name + " publishes beyond loopback");
            }
            List<String> networks = list(c, "networksAdvanced").stream().map(n -> (String) n.get("name")).toList();
            assertFalse(networks.isEmpty(), name + " is on no network");
            assertTrue(list(c, "networksAdvanced").stream().allMatch(n -> ((List<?>) n.get("aliases")).contains(name)), name + " lacks its alias");
            assertFalse(c.inputs().containsKey("networkMode"), "networkMode diffs on every run (pulumi-docker#1272)");
            boolean needsData = workload.tier() == Tier.DATA_STORE || reachesDataStore(platform, workload);
            assertEquals(needsData, networks.contains("onering-" + stack + "-data"), name + " data-network membership: " + networks);
            for (Map<String, Object> volume : list(c, "volumes")) {
                Object hostPath = volume.get("hostPath");
                assertTrue(hostPath == null ? volume.get("volumeName") != null
                                : workload.hostMounts().stream().anyMatch(m -> m.hostPath().equals(hostPath) && m.containerPath().equals(volume.get("containerPath")))
                                && Boolean.TRUE.equals(volume.get("readOnly")),
                        name + " mounts a host path it was not granted read-only: " + volume);
            }
        }
    }

    private static boolean reachesDataStore(Platform platform, WorkloadSpec workload) {
        for (Dependency d : workload.dependsOn()) {
            WorkloadSpec upstream = Platforms.workload(platform, d.workload());
            if (upstream.tier() == Tier.DATA_STORE || reachesDataStore(platform, upstream)) {
                return true;
            }
        }
        return false;
    }

    private static String sha256(String text) {
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
