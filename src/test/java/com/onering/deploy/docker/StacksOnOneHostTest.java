package com.onering.deploy.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.onering.config.ConfigLoader;
import com.onering.config.ConfigSource;
import com.onering.plan.OfflinePlan;
import com.onering.plan.PlannedResource;
import com.onering.platform.ConfigFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * A pull request's demo stack beside dev on one Docker host: every Docker object name carries the stack name and
 * {@code onering:portOffset} moves every published port, so the two plans share nothing the engine would refuse.
 */
class StacksOnOneHostTest {
    private static final Set<String> NAMED = Set.of("docker:index/container:Container", "docker:index/network:Network", "docker:index/volume:Volume");

    /** The full stack's config (every profile), under another stack name and with extra settings. */
    private static List<PlannedResource> plan(String stack, String extraConfig) throws IOException {
        String full = Files.readString(Path.of("stacks/Pulumi.full.yaml"));
        var config = ConfigLoader.load(ConfigSource.fromStackYaml(full + extraConfig), stack);
        return OfflinePlan.run(config, ConfigFiles.projectDefault());
    }

    @Test
    void twoStacksShareNoContainerNetworkVolumeNameOrHostPort() throws IOException {
        List<PlannedResource> dev = plan("dev", "");
        List<PlannedResource> pullRequest = plan("pr-12", "  onering:portOffset: 20000\n");

        Set<String> devNames = dockerNames(dev);
        Set<String> shared = new TreeSet<>(devNames);
        shared.retainAll(dockerNames(pullRequest));
        assertEquals(Set.of(), shared, "names both stacks would create");
        assertEquals(devNames.size(), dockerNames(pullRequest).size(), "the same objects, named per stack");
        assertTrue(dockerNames(pullRequest).stream().allMatch(n -> n.startsWith("onering-pr-12-")), dockerNames(pullRequest).toString());

        Set<Integer> devPorts = hostPorts(dev);
        Set<Integer> sharedPorts = new TreeSet<>(devPorts);
        sharedPorts.retainAll(hostPorts(pullRequest));
        assertEquals(Set.of(), sharedPorts, "host ports both stacks would publish");
        Set<Integer> moved = new HashSet<>();
        devPorts.forEach(p -> moved.add(p + 20_000));
        assertEquals(moved, hostPorts(pullRequest), "every published port moves by the offset, and only by it");
    }

    private static Set<String> dockerNames(List<PlannedResource> plan) {
        Set<String> names = new TreeSet<>();
        plan.stream().filter(r -> NAMED.contains(r.type())).forEach(r -> names.add((String) r.inputs().get("name")));
        return names;
    }

    private static Set<Integer> hostPorts(List<PlannedResource> plan) {
        Set<Integer> ports = new TreeSet<>();
        for (PlannedResource r : plan) {
            if (r.inputs().get("ports") instanceof List<?> published) {
                published.forEach(p -> ports.add(((Number) ((Map<?, ?>) p).get("external")).intValue()));
            }
        }
        return ports;
    }
}
