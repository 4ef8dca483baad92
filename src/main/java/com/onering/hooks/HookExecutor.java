package com.onering.hooks;

import com.onering.model.HookSpec;
import com.pulumi.core.Output;
import com.pulumi.resources.Resource;
import java.util.List;
import java.util.Map;

/**
 * Where a hook runs. Locally (the Docker stack on this machine) it is a {@code local:Command} that runs the project's
 * CLI against published loopback ports; a target whose services are not reachable from the deploying machine runs the
 * same CLI inside its network (a one-shot container or a Kubernetes Job).
 */
public interface HookExecutor {
    Resource declare(HookSpec spec, Resource parent, Output<Map<String, String>> environment, String triggerHash, List<Resource> dependsOn);
}
