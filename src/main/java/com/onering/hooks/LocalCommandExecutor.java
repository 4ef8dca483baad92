package com.onering.hooks;

import com.onering.model.HookSpec;
import com.onering.platform.Endpoints;
import com.pulumi.command.local.Command;
import com.pulumi.command.local.CommandArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import java.util.List;
import java.util.Map;

/** Runs hooks on the deploying machine with the command provider; settings travel as secret environment values. */
public final class LocalCommandExecutor implements HookExecutor {
    /** Relative to the project directory, where Pulumi runs the program and its commands; the same on every machine. */
    static final String CLI = "java -jar target/onering.jar hook ";

    private final Endpoints endpoints;

    /** @param endpoints how the deploying machine reaches the services: the target's published ports */
    public LocalCommandExecutor(Endpoints endpoints) {
        this.endpoints = endpoints;
    }

    @Override
    public Resource declare(HookSpec spec, Resource parent, Output<Map<String, String>> environment, String triggerHash, List<Resource> dependsOn) {
        String command = CLI + spec.hook();
        return new Command("hook-" + spec.hook(), CommandArgs.builder()
                .create(command)
                // Environment changes update in place by running the idempotent hook again.
                .update(command)
                .environment(environment)
                .triggers(List.of(triggerHash))
                .build(), CustomResourceOptions.builder().parent(parent).dependsOn(dependsOn).build());
    }

    @Override
    public String endpoint(String workload, String portName) {
        return endpoints.of(workload, portName);
    }
}
