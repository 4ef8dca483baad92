package com.onering.testsupport;

import com.onering.assembly.ComponentCatalog;
import com.onering.assembly.PlatformAssembler;
import com.onering.config.PlatformConfig;
import com.onering.model.MemorySize;
import com.onering.model.Profile;
import com.onering.model.WorkloadSpec;
import com.onering.platform.ConfigFiles;
import com.onering.platform.Platform;
import com.onering.platform.PlatformContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.Yaml;

/** The assembled platform for a stack-config snippet: the model every target consumes, before any resource. */
public final class Platforms {
    private Platforms() {
    }

    /** Every profile the platform knows, and the example pipeline: every component of the catalog deploys. */
    public static String allProfiles() {
        return everyProfile() + "  onering:pipelines: [stavanger_parking]\n" + BACKUP;
    }

    /** Backups to an off-host S3, the one catalog component that only a setting brings (with its provided key). */
    private static final String BACKUP = """
              onering:backup: {target: "s3://onering-backups/all", endpoint: "https://s3.example.com"}
              onering:secrets:
                backup-access-key-id: {secure: v1:AAAA}
                backup-secret-access-key: {secure: v1:BBBB}
            """;

    /**
     * The host memory {@code stacks/Pulumi.full.yaml} budgets for every profile (the selection of {@link #allProfiles()}):
     * the one figure the all-profiles tests and {@code docs/memory.md} hold the catalog to.
     */
    public static MemorySize fullStackHostMemory() {
        try {
            Map<String, Map<String, Object>> stack = new Yaml().load(Files.readString(Path.of("stacks/Pulumi.full.yaml")));
            String budget = String.valueOf(stack.get("config").get("onering:hostMemory"));
            return MemorySize.parse(budget).orElseThrow(() -> new AssertionError("stacks/Pulumi.full.yaml: hostMemory " + budget));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The all-profiles selection with the full stack's memory budget, as a stack-config snippet. */
    public static String allProfilesOnTheFullStackHost() {
        return allProfiles() + "  onering:hostMemory: " + fullStackHostMemory() + "\n";
    }

    /** {@code onering:profiles} with every profile, and no pipeline (which needs the garage object store). */
    public static String everyProfile() {
        return "  onering:profiles: " + Arrays.stream(Profile.values()).map(Profile::configName)
                .collect(Collectors.joining(", ", "[", "]")) + "\n";
    }

    public static Platform assemble(String yamlConfigSection) {
        return assemble(MockRun.config(yamlConfigSection));
    }

    public static Platform assemble(PlatformConfig config) {
        return new PlatformAssembler(ComponentCatalog.all()).assemble(new PlatformContext(config, ConfigFiles.projectDefault()));
    }

    public static WorkloadSpec workload(Platform platform, String name) {
        return platform.workload(name).orElseThrow(() -> new AssertionError("no workload " + name + " in "
                + platform.workloads().stream().map(WorkloadSpec::name).toList()));
    }

    public static Set<String> workloadNames(Platform platform) {
        return platform.workloads().stream().map(WorkloadSpec::name).collect(Collectors.toSet());
    }

    /** The content of the file a workload gets at {@code path}. */
    public static String file(WorkloadSpec workload, String path) {
        return workload.files().stream().filter(f -> f.containerPath().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError(workload.name() + " gets no file " + path)).content();
    }

    /** The content of the file a workload's setting names ({@code *_FILE}: a secret placed as a file). */
    public static String fileNamedBy(WorkloadSpec workload, String variable) {
        String path = workload.env().get(variable);
        if (path == null) {
            throw new AssertionError(workload.name() + " has no setting " + variable);
        }
        return file(workload, path);
    }

    /** A {@code key=value} (or {@code key value}) setting of a properties-style text. */
    public static String property(String text, String key) {
        return text.lines().map(String::strip)
                .filter(l -> l.startsWith(key + "=") || l.startsWith(key + " ") || l.startsWith(key + ":"))
                .map(l -> l.substring(key.length() + 1).strip())
                .reduce((first, second) -> second)
                .orElseThrow(() -> new AssertionError("no setting " + key + " in:\n" + text));
    }
}
