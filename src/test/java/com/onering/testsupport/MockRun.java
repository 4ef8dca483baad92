package com.onering.testsupport;

import com.onering.config.ConfigLoader;
import com.onering.config.ConfigSource;
import com.onering.config.PlatformConfig;
import com.onering.plan.PlanMocks;
import com.onering.platform.ConfigFiles;
import com.onering.platform.Platform;
import com.onering.program.OneRingProgram;
import com.pulumi.core.Output;
import com.pulumi.core.internal.Internal;
import com.pulumi.resources.Resource;
import com.pulumi.resources.ResourceTransformation;
import com.pulumi.test.PulumiTest;
import com.pulumi.test.TestOptions;
import com.pulumi.test.TestResult;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Runs the program under the SDK's mock engine and keeps, per resource name, the typed args and options the program
 * passed: what the real engine would receive, including which inputs are secret.
 */
public record MockRun(TestResult result, Map<String, ResourceTransformation.Args> declared) {

    public static PlatformConfig config(String yamlConfigSection) {
        return ConfigLoader.load(ConfigSource.fromStackYaml("config:\n" + yamlConfigSection), "dev");
    }

    public static MockRun of(PlatformConfig config, boolean preview) {
        Map<String, ResourceTransformation.Args> declared = new ConcurrentHashMap<>();
        Platform platform = Platforms.assemble(config);
        try {
            TestResult result = PulumiTest.withMocks(new PlanMocks())
                    .withOptions(TestOptions.builder().projectName("onering").stackName(config.stack()).preview(preview)
                            .resourceTransformations(List.of(args -> {
                                declared.put(args.resource().pulumiResourceType() + "::" + args.resource().pulumiResourceName(), args);
                                return Optional.empty();
                            })).build())
                    .runTest(ctx -> OneRingProgram.run(ctx, platform, ConfigFiles.projectDefault()));
            return new MockRun(result, Map.copyOf(declared));
        } finally {
            PulumiTest.cleanup();
        }
    }

    public ResourceTransformation.Args resource(String type, String name) {
        ResourceTransformation.Args args = declared.get(type + "::" + name);
        if (args == null) {
            throw new AssertionError("no " + type + " named " + name + " was declared; declared: " + declared.keySet());
        }
        return args;
    }

    public List<Resource> resources() {
        return result.resources();
    }

    public static boolean isSecret(Output<?> output) {
        return Internal.of(output).isSecret().join();
    }
}
