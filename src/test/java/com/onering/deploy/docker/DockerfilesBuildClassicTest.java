package com.onering.deploy.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.onering.plan.OfflinePlan;
import com.onering.plan.PlannedResource;
import com.onering.platform.ConfigFiles;
import com.onering.testsupport.MockRun;
import com.onering.testsupport.Platforms;
import com.onering.testsupport.PlanQueries;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Derived images build with the builder the program asks for: the classic one, which every Docker engine has and
 * which refuses BuildKit-only Dockerfile syntax ("the --chmod option requires BuildKit").
 */
class DockerfilesBuildClassicTest {
    /** Instructions and flags only BuildKit understands. */
    private static final Pattern BUILDKIT_ONLY = Pattern.compile(
            "(?im)^\\s*(#\\s*syntax\\s*=|(COPY|ADD)\\s+.*--(chmod|link|parents|exclude)\\b|RUN\\s+.*--(mount|network|security)\\b|\\S.*<<-?[A-Z_\"']+\\s*$)");

    @Test
    void everyImageBuildAsksForTheClassicBuilder() {
        List<PlannedResource> plan = OfflinePlan.run(MockRun.config(Platforms.allProfiles()), ConfigFiles.projectDefault());
        List<PlannedResource> built = PlanQueries.ofType(plan, "docker:index/remoteImage:RemoteImage").stream()
                .filter(r -> r.inputs().containsKey("build")).toList();
        assertTrue(built.size() >= 10, "expected the derived images, found " + built.size());
        for (PlannedResource image : built) {
            assertEquals(DockerImages.CLASSIC_BUILDER, ((Map<?, ?>) image.inputs().get("build")).get("version"), image.name());
        }
        Map<?, ?> pipeline = (Map<?, ?>) built.stream().filter(r -> r.name().contains("pipeline-stavanger-parking")).findFirst()
                .orElseThrow().inputs().get("build");
        assertEquals(Map.of("PIPELINE", "stavanger_parking"), pipeline.get("buildArgs"), "the shared Dockerfile's argument");
        assertEquals("pipelines", pipeline.get("context"));
    }

    @Test
    void noDockerfileUsesBuildKitOnlySyntax() throws IOException {
        List<String> offending = new ArrayList<>();
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("config")), Files.walk(Path.of("pipelines")))) {
            for (Path dockerfile : files.filter(p -> p.getFileName().toString().equals("Dockerfile")).toList()) {
                BUILDKIT_ONLY.matcher(Files.readString(dockerfile)).results().forEach(m -> offending.add(dockerfile + ": " + m.group().trim()));
            }
        }
        assertEquals(List.of(), offending);
    }
}
