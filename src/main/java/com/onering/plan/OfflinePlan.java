package com.onering.plan;

import com.onering.assembly.ComponentCatalog;
import com.onering.assembly.PlatformAssembler;
import com.onering.config.PlatformConfig;
import com.onering.platform.ConfigFiles;
import com.onering.platform.Platform;
import com.onering.platform.PlatformContext;
import com.onering.program.OneRingProgram;
import com.pulumi.resources.Resource;
import com.pulumi.resources.ResourceTransformation;
import com.pulumi.test.PulumiTest;
import com.pulumi.test.TestOptions;
import com.pulumi.test.TestResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Runs the program for one stack config in-process, with no Pulumi CLI, backend, Docker or cluster, and returns the
 * resolved resource graph. The SDK's test engine stands in for the Pulumi engine.
 */
public final class OfflinePlan {
    public static final String PROJECT = "onering";

    private OfflinePlan() {
    }

    /** The plan of a config read without {@link com.onering.assembly.StackValidation}: config problems propagate as thrown. */
    public static List<PlannedResource> run(PlatformConfig config, ConfigFiles files) {
        return run(new PlatformAssembler(ComponentCatalog.all()).assemble(new PlatformContext(config, files)), files);
    }

    /** The plan of an assembled platform: the program runs under the mock engine only once the config is valid. */
    public static List<PlannedResource> run(Platform platform, ConfigFiles files) {
        PlatformConfig config = platform.config();
        PlanMocks mocks = new PlanMocks();
        Map<Resource, ResourceTransformation.Args> options = new ConcurrentHashMap<>();
        ResourceTransformation recorder = args -> {
            options.put(args.resource(), args);
            return Optional.empty();
        };
        try {
            TestResult result = PulumiTest.withMocks(mocks)
                    .withOptions(TestOptions.builder()
                            .projectName(PROJECT)
                            .stackName(config.stack())
                            .preview(false)
                            .resourceTransformations(List.of(recorder))
                            .build())
                    .runTest(ctx -> OneRingProgram.run(ctx, platform, files));
            if (!result.exceptions().isEmpty()) {
                Exception first = result.exceptions().get(0);
                throw first instanceof RuntimeException runtime ? runtime : new IllegalStateException(first);
            }
            if (result.exitCode() != 0) {
                throw new IllegalStateException("the program failed: " + String.join("; ", result.errors()));
            }
            List<PlannedResource> planned = new ArrayList<>();
            for (Resource resource : result.resources()) {
                ResourceTransformation.Args args = options.get(resource);
                if (args == null) {
                    continue; // the root stack
                }
                PlanMocks.Registration registration = mocks.registrations()
                        .get(PlanMocks.key(resource.pulumiResourceType(), resource.pulumiResourceName()));
                planned.add(new PlannedResource(
                        resource.pulumiResourceType(),
                        resource.pulumiResourceName(),
                        PulumiTest.extractValue(resource.urn()),
                        args.options().getParent().map(p -> PulumiTest.extractValue(p.urn())).orElse(null),
                        PulumiTest.extractValue(args.options().getDependsOn()).stream()
                                .map(d -> PulumiTest.extractValue(d.urn())).sorted().toList(),
                        registration == null ? null : registration.provider(),
                        registration == null ? Map.of() : registration.inputs()));
            }
            planned.sort(Comparator.comparing(PlannedResource::urn));
            return planned;
        } finally {
            PulumiTest.cleanup();
        }
    }
}
