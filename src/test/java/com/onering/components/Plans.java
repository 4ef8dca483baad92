package com.onering.components;

import com.onering.config.ConfigLoader;
import com.onering.config.ConfigSource;
import com.onering.config.PlatformConfig;
import com.onering.model.FileSpec;
import com.onering.model.Profile;
import com.onering.model.WorkloadSpec;
import com.onering.platform.ComponentCatalog;
import com.onering.platform.ConfigFiles;
import com.onering.platform.Platform;
import com.onering.platform.PlatformAssembler;
import com.onering.platform.PlatformContext;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Assembles platforms from stack-config snippets, the way the program does. */
public final class Plans {
    private Plans() {
    }

    public static PlatformConfig config(String yamlConfigSection) {
        return ConfigLoader.load(ConfigSource.fromStackYaml("config:\n" + yamlConfigSection), "dev");
    }

    public static Platform assemble(String yamlConfigSection) {
        return assemble(config(yamlConfigSection));
    }

    public static Platform assemble(PlatformConfig config) {
        return new PlatformAssembler(ComponentCatalog.all()).assemble(new PlatformContext(config, ConfigFiles.projectDefault()));
    }

    /** {@code onering:profiles} with every profile the platform knows. */
    public static String allProfiles() {
        return "  onering:profiles: " + Arrays.stream(Profile.values()).map(Profile::configName)
                .collect(Collectors.joining(", ", "[", "]")) + "\n";
    }

    public static WorkloadSpec workload(Platform platform, String name) {
        return platform.workload(name).orElseThrow(() -> new AssertionError("no workload " + name));
    }

    public static String file(WorkloadSpec workload, String containerPath) {
        return workload.files().stream().filter(f -> f.containerPath().equals(containerPath)).map(FileSpec::content).findFirst()
                .orElseThrow(() -> new AssertionError(workload.name() + " has no file " + containerPath));
    }
}
