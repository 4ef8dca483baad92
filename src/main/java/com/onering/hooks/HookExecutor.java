package com.onering.hooks;

import com.onering.model.HookSpec;
import com.pulumi.core.Output;
import com.pulumi.resources.Resource;
import java.util.List;
import java.util.Map;

/**
 * Where a hook runs, chosen by the target. On the local Docker stack it is a {@code local:Command} that runs the
 * project's CLI against the published loopback ports; where the deploying machine cannot reach the services (a remote
 * Docker host, a cluster) the same CLI runs inside the platform's network from the hook runner image
 * ({@link HookRunnerImage}), so {@code pulumi up} needs no tunnel.
 */
public interface HookExecutor {
    /**
     * Declares the hook's run: it runs again when {@code triggerHash} or {@code environment} changes, and a failed run
     * is retried by the next {@code pulumi up}.
     */
    Resource declare(HookSpec spec, Resource parent, Output<Map<String, String>> environment, String triggerHash, List<Resource> dependsOn);

    /** How a hook reaches a workload's port from where it runs: {@code host:port}. */
    String endpoint(String workload, String portName);
}
