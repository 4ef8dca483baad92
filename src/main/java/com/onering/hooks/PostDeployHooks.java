package com.onering.hooks;

import com.onering.model.ComponentSpec;
import com.onering.model.Digests;
import com.onering.model.HookSpec;
import com.onering.model.Template;
import com.onering.platform.Attachment;
import com.onering.platform.ConfigFiles;
import com.onering.platform.DeployedComponent;
import com.onering.platform.Endpoints;
import com.onering.platform.Platform;
import com.onering.secrets.SecretStore;
import com.pulumi.core.Output;
import com.pulumi.resources.Resource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Declares each component's hooks as resources once every workload the hook waits for is deployed, depending on
 * those workloads only, so independent hooks run in parallel. A hook's trigger is the hash of the files it applies.
 */
public final class PostDeployHooks implements Attachment {
    private record Pending(HookSpec spec, Resource owner, String component) {
    }

    private final Platform platform;
    private final SecretStore secrets;
    private final ConfigFiles files;
    private final HookExecutor executor;
    private final Function<String, List<Resource>> componentPrerequisites;
    private final Map<String, Resource> readyWorkloads = new HashMap<>();
    private final List<Pending> pending = new ArrayList<>();
    private final Map<String, Resource> declared = new TreeMap<>();

    /**
     * @param componentPrerequisites what a component's own resources wait for (its service database and role): a hook
     *                               of that component waits for them too, e.g. migrations for the database they fill
     */
    public PostDeployHooks(Platform platform, SecretStore secrets, ConfigFiles files, HookExecutor executor,
                           Function<String, List<Resource>> componentPrerequisites) {
        this.platform = platform;
        this.secrets = secrets;
        this.files = files;
        this.executor = executor;
        this.componentPrerequisites = componentPrerequisites;
    }

    @Override
    public void onDeployed(DeployedComponent deployed) {
        readyWorkloads.putAll(deployed.workloads());
        ComponentSpec spec = deployed.component().spec();
        spec.hooks().forEach(h -> pending.add(new Pending(h, deployed.component(), spec.name())));
        // Until nothing changes: a hook may wait for another hook released in this same pass.
        boolean progress = true;
        while (progress) {
            progress = false;
            for (Iterator<Pending> it = pending.iterator(); it.hasNext(); ) {
                Pending next = it.next();
                if (readyWorkloads.keySet().containsAll(next.spec().awaitWorkloads()) && declared.keySet().containsAll(next.spec().afterHooks())) {
                    declared.put(next.spec().hook(), declare(next));
                    it.remove();
                    progress = true;
                }
            }
        }
    }

    /**
     * The hooks a workload of {@code component} must see applied before it starts ({@code WorkloadSpec.afterHooks}).
     * The assembler has checked that each belongs to a component this one depends on, so it is declared by now.
     */
    @Override
    public List<Resource> prerequisitesOf(String component) {
        return platform.component(component).stream()
                .flatMap(c -> c.workloads().stream())
                .flatMap(w -> w.afterHooks().stream())
                .distinct()
                .map(hook -> {
                    Resource declaredHook = declared.get(hook);
                    if (declaredHook == null) {
                        throw new IllegalStateException(component + " waits for hook " + hook + ", which is not declared before it");
                    }
                    return declaredHook;
                })
                .toList();
    }

    private Resource declare(Pending hook) {
        HookSpec spec = hook.spec();
        Output<Map<String, String>> environment = environment(spec.env(), secrets, executor::endpoint);
        List<Resource> dependsOn = new ArrayList<>(spec.awaitWorkloads().stream().map(readyWorkloads::get).toList());
        spec.afterHooks().forEach(h -> dependsOn.add(declared.get(h)));
        dependsOn.addAll(componentPrerequisites.apply(hook.component()));
        return executor.declare(spec, hook.owner(), environment, triggerHash(spec), dependsOn);
    }

    /**
     * A hook's settings with their endpoint placeholders rendered as {@code endpoints} (the executor's: where the hook
     * runs) and their secret placeholders filled in; secret when any setting is.
     */
    public static Output<Map<String, String>> environment(Map<String, String> settings, SecretStore secrets, Endpoints endpoints) {
        Map<String, String> withEndpoints = new TreeMap<>();
        settings.forEach((key, value) -> withEndpoints.put(key, Template.renderEndpoints(value, endpoints::of)));
        return secrets.renderAll(withEndpoints);
    }

    /**
     * The hash of the hook's name and trigger files (bytes; a directory by its content hash). A missing file hashes as
     * absent instead of failing the plan: the hook itself then fails with a message naming the file.
     */
    private String triggerHash(HookSpec spec) {
        try {
            MessageDigest digest = Digests.sha256();
            digest.update(spec.hook().getBytes(StandardCharsets.UTF_8));
            for (String path : spec.triggerFiles()) {
                Path file = files.resolve(path);
                digest.update(path.getBytes(StandardCharsets.UTF_8));
                if (Files.isDirectory(file)) {
                    digest.update(files.contentHash(path).getBytes(StandardCharsets.UTF_8));
                } else if (Files.isRegularFile(file)) {
                    digest.update(Files.readAllBytes(file));
                } else {
                    digest.update("<absent>".getBytes(StandardCharsets.UTF_8));
                }
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the trigger files of hook " + spec.hook(), e);
        }
    }
}
