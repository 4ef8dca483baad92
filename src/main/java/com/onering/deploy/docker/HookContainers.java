package com.onering.deploy.docker;

import com.onering.hooks.HookExecutor;
import com.onering.hooks.HookRunnerImage;
import com.onering.model.HookSpec;
import com.onering.platform.Endpoints;
import com.pulumi.command.local.Command;
import com.pulumi.command.local.CommandArgs;
import com.pulumi.core.Output;
import com.pulumi.docker.RemoteImage;
import com.pulumi.docker.Volume;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Runs each hook as a one-shot container from the hook runner image, on the stack's networks of a remote Docker host,
 * so {@code pulumi up} needs no tunnel to the host's loopback. The deploying machine's {@code docker} CLI drives it over
 * the stack's {@code dockerHost}; settings reach the container as {@code --env NAME} (the value comes from the CLI's
 * environment, never a command line), and the run's exit status is the command's: a failed hook fails the update and,
 * not being recorded, runs again on the next {@code pulumi up}. A {@code docker_container} resource would not do:
 * the provider records an exited one-shot container as created whatever its exit code.
 */
final class HookContainers implements HookExecutor {
    private final Endpoints endpoints;
    private final String dockerHost;
    private final String prefix;
    private final List<String> networks;
    private final Supplier<RemoteImage> image;
    private final Supplier<Volume> state;

    /**
     * @param endpoints a workload port's address on the stack's networks
     * @param networks  the stack's network names: the container is created on the first and connected to the others
     *                 (Debian 12's Docker 20.10 takes one network at creation)
     * @param image    the hook runner image on the host, built on first use
     * @param state    the volume mounted at {@link HookRunnerImage#STATE_DIR}, created on first use
     */
    HookContainers(Endpoints endpoints, String dockerHost, String prefix, List<String> networks, Supplier<RemoteImage> image,
                   Supplier<Volume> state) {
        this.endpoints = endpoints;
        this.dockerHost = dockerHost;
        this.prefix = prefix;
        this.networks = List.copyOf(networks);
        this.image = image;
        this.state = state;
    }

    @Override
    public Resource declare(HookSpec spec, Resource parent, Output<Map<String, String>> environment, String triggerHash, List<Resource> dependsOn) {
        Volume volume = state.get();
        Output<String> script = Output.tuple(image.get().imageId(), volume.name())
                .applyValue(t -> script(spec, t.t1, t.t2));
        return new Command("hook-" + spec.hook(), CommandArgs.builder()
                .create(script)
                // A changed setting or runner image runs the idempotent hook again.
                .update(script)
                .environment(environment.applyValue(settings -> {
                    Map<String, String> withHost = new TreeMap<>(settings);
                    withHost.put("DOCKER_HOST", dockerHost);
                    return withHost;
                }))
                .triggers(List.of(triggerHash))
                .build(), CustomResourceOptions.builder().parent(parent).dependsOn(dependsOn).build());
    }

    @Override
    public String endpoint(String workload, String portName) {
        return endpoints.of(workload, portName);
    }

    /**
     * Creates the container, joins it to every network, runs it attached and removes it whatever happens; a container
     * left by an interrupted run is removed first. Only names appear: values come from the environment.
     */
    String script(HookSpec spec, String imageId, String volumeName) {
        String container = prefix + "-hook-" + spec.hook();
        StringBuilder create = new StringBuilder("docker create --name ").append(container)
                .append(" --network ").append(networks.get(0))
                .append(" --memory ").append(HookRunnerImage.MEMORY_MIB).append("m --memory-swap ").append(HookRunnerImage.MEMORY_MIB).append('m')
                .append(" --label ").append(DockerTarget.LABEL_PREFIX).append("hook=").append(spec.hook())
                .append(" --mount type=volume,source=").append(volumeName).append(",target=").append(HookRunnerImage.STATE_DIR);
        new TreeSet<>(spec.env().keySet()).forEach(name -> create.append(" --env ").append(name));
        create.append(' ').append(imageId).append(' ').append(spec.hook());
        StringBuilder script = new StringBuilder("set -eu\n")
                .append("docker rm --force ").append(container).append(" >/dev/null 2>&1 || true\n")
                .append(create).append(" >/dev/null\n")
                .append("trap 'docker rm --force ").append(container).append(" >/dev/null' EXIT\n");
        networks.stream().skip(1).forEach(network -> script.append("docker network connect ").append(network).append(' ').append(container).append('\n'));
        return script.append("docker start --attach ").append(container).append('\n').toString();
    }
}
