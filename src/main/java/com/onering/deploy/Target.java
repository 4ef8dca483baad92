package com.onering.deploy;

import com.onering.hooks.HookExecutor;
import com.onering.model.WorkloadSpec;
import com.onering.platform.PlatformComponent;
import com.pulumi.core.Output;
import com.pulumi.resources.Resource;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the platform model becomes resources: Docker containers ({@code deploy/docker}) or Kubernetes workloads
 * ({@code deploy/kubernetes}). The program, its attachments and its outputs see only this.
 */
public interface Target {

    /**
     * Declares the workloads of one component; {@code prerequisites} must exist before any of them starts. Each
     * workload's resource is ready when the workload is (a healthy container, a rolled-out Deployment, a finished Job).
     */
    Map<String, Resource> deploy(PlatformComponent component, List<Resource> prerequisites);

    /** How the deploying machine's providers reach a workload's port: {@code host:port}. */
    String endpoint(String workload, String portName);

    /** Where the post-deploy hooks run: on the deploying machine, or inside the platform's network. */
    HookExecutor hooks();

    /** Where a browser opens the workload's UI, when the target publishes it. */
    Optional<String> url(WorkloadSpec workload);

    /** Stack outputs of the target itself, beyond the workloads' (a bootstrapped host's facts). */
    default Map<String, Output<?>> outputs() {
        return Map.of();
    }
}
