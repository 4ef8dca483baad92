package com.onering.platform;

import com.pulumi.resources.Resource;
import java.util.Map;

/**
 * A component after its target declared it: the component resource and, per workload, the resource that is ready
 * when the workload is (on Docker a container that was waited healthy).
 */
public record DeployedComponent(PlatformComponent component, Map<String, Resource> workloads) {
    public DeployedComponent {
        workloads = Map.copyOf(workloads);
    }
}
