package com.onering.deploy.docker;

import static com.onering.testsupport.PlanQueries.named;
import static com.onering.testsupport.PlanQueries.ofType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.onering.hooks.HookRunnerImage;
import com.onering.plan.OfflinePlan;
import com.onering.plan.PlannedResource;
import com.onering.platform.ConfigFiles;
import com.onering.testsupport.MockRun;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * On a remote Docker host every hook runs as a one-shot container of the hook runner image on the stack's networks,
 * started by the deploying machine's docker CLI over the stack's {@code ssh://} host: nothing reaches the host's
 * loopback, so {@code pulumi up} needs no tunnel. The local stack keeps running them on this machine.
 */
class RemoteHostHooksTest {
    private static final String HOST = "ssh://deploy@vps.example.com";
    private static final String REMOTE = "  onering:dockerHost: " + HOST + "\n  onering:profiles: [core, security]\n";

    @Test
    void everyHookRunsInTheHostsNetworksWithItsSettingsFromTheEnvironment() {
        List<PlannedResource> hooks = hooks(OfflinePlan.run(MockRun.config(REMOTE), ConfigFiles.projectDefault()));
        assertTrue(hooks.size() >= 8, hooks.toString());
        for (PlannedResource hook : hooks) {
            String name = hook.name().substring("hook-".length());
            String script = (String) hook.inputs().get("create");
            assertFalse(script.contains("[secret"), name + " has a secret on its command line");
            assertEquals(script, hook.inputs().get("update"), name);
            assertTrue(script.contains("docker create --name onering-dev-hook-" + name + " --network onering-dev-platform "), script);
            assertTrue(script.contains("docker network connect onering-dev-data onering-dev-hook-" + name + "\n"), script);
            assertTrue(script.contains("--mount type=volume,source=onering-dev-hook-state,target=" + HookRunnerImage.STATE_DIR), script);
            assertTrue(script.endsWith("docker start --attach onering-dev-hook-" + name + "\n"), script);
            Map<?, ?> environment = (Map<?, ?>) hook.inputs().get("environment");
            assertEquals(HOST, environment.get("DOCKER_HOST"), name);
            environment.forEach((key, value) -> {
                if (!key.equals("DOCKER_HOST")) {
                    assertTrue(script.contains(" --env " + key + " "), name + " passes " + key);
                    // Values never reach the command line, which the host's process list would show.
                    assertFalse(script.contains(key + "="), name + " sets " + key + " on its command line");
                }
                assertFalse(String.valueOf(value).matches(".*(127\\.0\\.0\\.1|localhost)[:/].*"), name + " reaches the host's loopback: " + key + "=" + value);
            });
        }
        Map<?, ?> objectStore = (Map<?, ?>) named(hooks, "command:local:Command", "hook-object-store").inputs().get("environment");
        assertTrue(objectStore.values().stream().anyMatch(v -> String.valueOf(v).contains("http://object-store:")), objectStore.toString());
    }

    @Test
    void theRunnerIsBuiltOnTheHostFromTheProjectAndItsStateVolumeIsKept() {
        MockRun run = MockRun.of(MockRun.config(REMOTE), false);
        List<PlannedResource> plan = OfflinePlan.run(MockRun.config(REMOTE), ConfigFiles.projectDefault());
        PlannedResource runner = named(plan, "docker:index/remoteImage:RemoteImage", "image-onering-hook-runner");
        assertTrue(((String) runner.inputs().get("name")).matches(HookRunnerImage.REPOSITORY + ":[0-9a-f]{12}"), runner.inputs().toString());
        Map<?, ?> build = (Map<?, ?>) runner.inputs().get("build");
        assertEquals(".", build.get("context"));
        assertEquals("config/hook-runner/Dockerfile", build.get("dockerfile"));
        assertEquals("onering-dev-hook-state", named(plan, "docker:index/volume:Volume", "hook-state").inputs().get("name"));
        assertTrue(run.resource("docker:index/volume:Volume", "hook-state").options().isRetainOnDelete(),
                "the hooks' state (Infisical's one-time token) outlives a destroy like the data volumes");
    }

    @Test
    void theLocalStackRunsHooksOnThisMachineAgainstPublishedPorts() {
        List<PlannedResource> plan = OfflinePlan.run(MockRun.config("  onering:profiles: [core, security]\n"), ConfigFiles.projectDefault());
        for (PlannedResource hook : hooks(plan)) {
            assertEquals("java -jar target/onering.jar " + hook.name().replaceFirst("-", " "), hook.inputs().get("create"));
        }
        assertTrue(ofType(plan, "docker:index/remoteImage:RemoteImage").stream().noneMatch(r -> r.name().equals("image-onering-hook-runner")));
    }

    private static List<PlannedResource> hooks(List<PlannedResource> plan) {
        return ofType(plan, "command:local:Command").stream().filter(r -> r.name().startsWith("hook-")).toList();
    }
}
