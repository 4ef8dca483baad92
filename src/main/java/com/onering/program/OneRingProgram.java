package com.onering.program;

import com.onering.assembly.StackValidation;
import com.onering.config.ConfigProblem;
import com.onering.config.ConfigSource;
import com.onering.config.InvalidConfigException;
import com.onering.config.MasterSecret;
import com.onering.config.PlatformConfig;
import com.onering.config.TargetConfig;
import com.onering.deploy.Target;
import com.onering.deploy.docker.DockerTarget;
import com.onering.deploy.host.RemoteHostCheck;
import com.onering.deploy.kubernetes.KubernetesTarget;
import com.onering.hooks.HookExecutor;
import com.onering.hooks.PostDeployHooks;
import com.onering.identity.KeycloakRealm;
import com.onering.identity.ServiceDatabases;
import com.onering.model.ComponentSpec;
import com.onering.model.Template;
import com.onering.model.WorkloadSpec;
import com.onering.platform.Attachment;
import com.onering.platform.ConfigFiles;
import com.onering.platform.DeployedComponent;
import com.onering.platform.Platform;
import com.onering.platform.PlatformComponent;
import com.onering.secrets.SecretStore;
import com.pulumi.Context;
import com.pulumi.core.Output;
import com.pulumi.deployment.Deployment;
import com.pulumi.resources.Resource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The Pulumi program: stack config → validated config → platform → target resources → attachments → stack outputs.
 */
public final class OneRingProgram {
    private OneRingProgram() {
    }

    /**
     * Entry point under the Pulumi engine: user mistakes in config become one error message (the engine then fails the
     * update with it), not a stack trace. Validation of every stage ends before the first resource is declared.
     */
    public static void runWithEngineConfig(Context ctx) {
        ConfigFiles files = ConfigFiles.projectDefault();
        Platform platform;
        try {
            platform = StackValidation.validate(ConfigSource.fromEngineEnvironment(System.getenv()), ctx.stackName(), files);
        } catch (InvalidConfigException e) {
            ctx.log().error(e.getMessage());
            return;
        }
        // Only under the engine (previews too): a remote host is checked over SSH before anything is declared.
        TargetConfig target = platform.config().target();
        if (target.overSsh()) {
            List<ConfigProblem> hostProblems = RemoteHostCheck.overSsh().check(target, platform.config().hostMemory());
            if (!hostProblems.isEmpty()) {
                ctx.log().error(new InvalidConfigException(hostProblems).getMessage());
                return;
            }
        }
        // Only under the engine: the offline plan reads the stack file, which a deploy script may complete later.
        if (platform.config().masterSecret().isEmpty()) {
            ctx.log().warn("onering:masterSecret is not set, so generated secrets live only in this stack's state: after a pulumi destroy, "
                    + "the next pulumi up generates new ones that the retained data volumes refuse. A new stack sets it before its first up: "
                    + MasterSecret.SET_COMMAND + " (on a stack that has run, it would replace every generated secret).");
        }
        run(ctx, platform, files);
    }

    /** Declares the whole platform from its validated, assembled model. */
    public static void run(Context ctx, Platform platform, ConfigFiles files) {
        PlatformConfig config = platform.config();

        SecretStore secrets = new SecretStore(config.masterSecret());
        Map<String, PlatformComponent> components = new LinkedHashMap<>();
        for (ComponentSpec spec : platform.components()) {
            PlatformComponent component = new PlatformComponent(spec);
            components.put(spec.name(), component);
            secrets.declare(spec.secrets(), component, config.providedSecrets());
        }

        Target target = config.target().kind() == TargetConfig.Kind.KUBERNETES
                ? new KubernetesTarget(platform, secrets, files) : new DockerTarget(platform, secrets, files);
        HookExecutor hooks = target.hooks();
        ServiceDatabases databases = new ServiceDatabases(platform, secrets, target::endpoint, hooks, !Deployment.getInstance().isDryRun());
        List<Attachment> attachments = List.of(
                databases,
                new KeycloakRealm(platform, secrets, target::endpoint),
                new PostDeployHooks(platform, secrets, files, hooks, databases::prerequisitesOf));
        for (PlatformComponent component : components.values()) {
            List<Resource> prerequisites = new ArrayList<>();
            attachments.forEach(a -> prerequisites.addAll(a.prerequisitesOf(component.spec().name())));
            DeployedComponent deployed = new DeployedComponent(component, target.deploy(component, prerequisites));
            attachments.forEach(a -> a.onDeployed(deployed));
            component.complete();
        }
        exportOutputs(ctx, platform, secrets, target);
    }

    private static void exportOutputs(Context ctx, Platform platform, SecretStore secrets, Target target) {
        Map<String, String> urls = new TreeMap<>();
        for (WorkloadSpec workload : platform.workloads()) {
            target.url(workload).ifPresent(url -> urls.put(workload.name(), url));
        }
        ctx.export("urls", Output.of(urls));
        target.outputs().forEach(ctx::export);
        ctx.export("profiles", Output.of(platform.config().profiles().stream().map(p -> p.configName()).sorted().toList()));
        for (ComponentSpec component : platform.components()) {
            component.connectionOutputs().forEach((name, template) ->
                    ctx.export(name, secrets.render(Template.renderEndpoints(template, target::endpoint))));
        }
    }
}
