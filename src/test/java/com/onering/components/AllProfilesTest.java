package com.onering.components;

import static com.onering.testsupport.PlanQueries.list;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.onering.assembly.ComponentCatalog;
import com.onering.model.PortSpec;
import com.onering.model.Profile;
import com.onering.model.WorkloadSpec;
import com.onering.plan.OfflinePlan;
import com.onering.plan.PlannedResource;
import com.onering.platform.ConfigFiles;
import com.onering.platform.Platform;
import com.onering.testsupport.ContainerInvariants;
import com.onering.testsupport.MockRun;
import com.onering.testsupport.Platforms;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every profile at once: the platform one host has to carry (budgeted in stacks/Pulumi.full.yaml). */
class AllProfilesTest {
    private static final String CONTAINER = "docker:index/container:Container";
    private static List<PlannedResource> plan;

    @BeforeAll
    static void planEverything() {
        plan = OfflinePlan.run(MockRun.config(Platforms.allProfilesOnTheFullStackHost()), ConfigFiles.projectDefault());
    }

    static List<PlannedResource> containers() {
        return plan.stream().filter(r -> r.type().equals(CONTAINER)).toList();
    }

    static PlannedResource container(String name) {
        return containers().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError("no container " + name));
    }

    @Test
    void everyCatalogComponentIsDeployedWithinTheFullStacksBudget() {
        Platform platform = Platforms.assemble(Platforms.allProfilesOnTheFullStackHost());
        // Every catalog component, plus what platform-level steps add (the gatekeeper's proxies).
        assertTrue(platform.components().stream().map(c -> c.name()).collect(Collectors.toSet())
                .containsAll(ComponentCatalog.all().stream().map(c -> c.name()).toList()));
        assertTrue(platform.totalMemory().compareTo(Platforms.fullStackHostMemory()) <= 0, "all profiles need " + platform.totalMemory());
        assertEquals(Set.of(Profile.values()).stream().filter(p -> ComponentCatalog.all().stream().anyMatch(c -> c.profile() == p))
                .collect(Collectors.toSet()), platform.memoryByProfile().keySet());
    }

    @Test
    void noTwoWorkloadsPublishTheSameHostPort() {
        // The assembler rejects clashes; this names them all at once if a new component brings one.
        Map<Integer, List<String>> users = new HashMap<>();
        for (WorkloadSpec workload : Platforms.assemble(Platforms.allProfiles()).workloads()) {
            workload.ports().stream().filter(PortSpec::isPublished)
                    .forEach(p -> users.computeIfAbsent(p.hostPort(), k -> new java.util.ArrayList<>()).add(workload.name() + "." + p.name()));
        }
        assertEquals(Map.of(), users.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    @Test
    void invariantsHoldForEveryContainer() {
        ContainerInvariants.assertHold(Platforms.assemble(Platforms.allProfiles()), plan, "dev");
    }

    @Test
    void onlyPortainerHoldsTheDockerSocketAndItIsReadOnly() {
        Set<String> holders = new HashSet<>();
        for (PlannedResource c : containers()) {
            for (Map<String, Object> volume : list(c, "volumes")) {
                if ("/var/run/docker.sock".equals(volume.get("hostPath"))) {
                    holders.add(c.name());
                    assertEquals("/var/run/docker.sock", volume.get("containerPath"));
                    assertEquals(true, volume.get("readOnly"));
                }
            }
        }
        assertEquals(Set.of("portainer"), holders);
    }

    @Test
    void noGeneratedSecretReachesThePlanInPlainText() {
        for (PlannedResource r : plan) {
            assertFalse(r.inputs().toString().contains("__onering_secret__"), r.urn() + " carries a generated secret");
        }
        @SuppressWarnings("unchecked")
        List<String> jenkinsEnv = (List<String>) container("jenkins").inputs().get("envs");
        assertTrue(jenkinsEnv.stream().noneMatch(e -> e.startsWith("JENKINS_ADMIN_PASSWORD=")), jenkinsEnv.toString());
        assertTrue(jenkinsEnv.contains("JENKINS_ADMIN_USER=admin"));
    }

    @Test
    void resourceNamesAreUnique() {
        Set<String> urns = new HashSet<>();
        plan.forEach(r -> assertTrue(urns.add(r.urn()), "duplicate URN " + r.urn()));
    }
}
