package com.onering.components.devtools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.onering.assembly.ComponentCatalog;
import com.onering.assembly.PlatformAssembler;
import com.onering.hooks.storage.GarageScopedKeys;
import com.onering.model.ComponentSpec;
import com.onering.model.DatabaseNeed;
import com.onering.model.Dependency;
import com.onering.model.HookSpec;
import com.onering.model.ImageSource;
import com.onering.model.MemorySize;
import com.onering.model.WorkloadSpec;
import com.onering.pipelines.PipelineFolders;
import com.onering.pipelines.PipelineGenerator;
import com.onering.plan.OfflinePlan;
import com.onering.plan.PlannedResource;
import com.onering.platform.ConfigFiles;
import com.onering.platform.Platform;
import com.onering.platform.PlatformContext;
import com.onering.testsupport.MockRun;
import com.onering.testsupport.Platforms;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plan tests of the pipeline layer: each declared pipeline is a code location with its own limits and credentials. */
class PipelinesTest {
    private static final String STACK = "  onering:profiles: [core, devtools]\n  onering:pipelines: [stavanger_parking]\n";

    @Test
    void aDeclaredPipelineIsACodeLocationWithLimitsProbeAndItsOwnImage() {
        Platform platform = Platforms.assemble(STACK);
        WorkloadSpec location = Platforms.workload(platform, "pipeline-stavanger-parking");
        assertEquals(MemorySize.mebibytes(512), location.memory());
        assertTrue(location.health().isPresent(), "a code location has a health check");
        assertTrue(location.ports().stream().noneMatch(p -> p.isPublished()), "a code location is reached by Dagster only");
        ImageSource.Built image = (ImageSource.Built) location.image();
        assertEquals("../pipelines", image.contextDir());
        assertEquals("_shared/Dockerfile", image.dockerfile());
        assertEquals(Map.of("PIPELINE", "stavanger_parking"), image.buildArgs());
        assertTrue(Files.isRegularFile(ConfigFiles.projectDefault().resolve(image.contextDir()).resolve(image.dockerfile())));
        assertEquals(List.of("dagster", "api", "grpc", "-h", "0.0.0.0", "-p", "4000", "-m", "stavanger_parking.orchestration.definitions",
                "--location-name", "stavanger_parking"), location.command());
        assertEquals("pl_stavanger_parking", location.env().get("PGUSER"));
        assertEquals("pipeline-stavanger-parking", location.env().get("PIPELINE_BUCKET"));
        assertEquals("7", location.env().get("PIPELINE_TEMP_RETENTION_DAYS"));
        assertEquals("{{secret:pipeline-stavanger-parking-s3-access-key}}", location.env().get("AWS_ACCESS_KEY_ID"));
        // Runs execute in the code location and write to the Dagster instance, as the webserver's do.
        WorkloadSpec webserver = Platforms.workload(platform, "dagster-webserver");
        webserver.env().keySet().stream().filter(k -> k.startsWith("DAGSTER_POSTGRES_"))
                .forEach(k -> assertEquals(webserver.env().get(k), location.env().get(k), k));
    }

    @Test
    void dagsterLoadsTheLocationAndJupyterShowsItsNotebooks() {
        Platform platform = Platforms.assemble(STACK);
        for (String reader : List.of("dagster-webserver", "dagster-daemon")) {
            WorkloadSpec workload = Platforms.workload(platform, reader);
            String workspace = Platforms.file(workload, "/opt/dagster/dagster_home/workspace.yaml");
            assertTrue(workspace.contains("host: pipeline-stavanger-parking\n      port: 4000\n      location_name: stavanger_parking"), workspace);
            assertTrue(workload.dependsOn().contains(Dependency.healthy("pipeline-stavanger-parking")), reader);
        }
        Set<String> jupyterFiles = Platforms.workload(platform, "jupyter").files().stream().map(f -> f.containerPath()).collect(Collectors.toSet());
        assertTrue(jupyterFiles.contains("/home/jovyan/pipelines/stavanger_parking/notebooks/occupancy.ipynb"), jupyterFiles.toString());
        assertTrue(jupyterFiles.contains("/home/jovyan/pipelines/stavanger_parking/data/sample/parking_observations.csv"));
    }

    @Test
    void theStorageHookCreatesTheBucketAndScopesThePipelineKeyToIt() {
        HookSpec hook = Platforms.assemble(STACK).component("pipelines").orElseThrow().hooks().get(0);
        assertEquals("pipeline-storage", hook.hook());
        assertEquals("pipeline-stavanger-parking", hook.env().get("S3_BUCKETS"));
        String keys = hook.env().get(GarageScopedKeys.KEYS);
        assertTrue(keys.contains("\"bucket\":\"pipeline-stavanger-parking\""), keys);
        assertTrue(keys.contains("{{secret:pipeline-stavanger-parking-s3-secret-key}}"), keys);
    }

    @Test
    void aStackWithoutPipelinesDeploysNoPipelineComponent() {
        assertTrue(Platforms.assemble("  onering:profiles: [core, devtools]\n").component("pipelines").isEmpty());
    }

    @Test
    void theMockEnginePlansTheRoleDatabaseAndContainerOfThePipeline() {
        List<PlannedResource> plan = OfflinePlan.run(MockRun.config(STACK), ConfigFiles.projectDefault());
        Set<String> names = plan.stream().map(PlannedResource::name).collect(Collectors.toSet());
        assertTrue(names.stream().anyMatch(n -> n.contains("pl_stavanger_parking")), "role and database of the pipeline");
        assertTrue(plan.stream().anyMatch(r -> r.type().equals("docker:index/container:Container")
                && r.name().contains("pipeline-stavanger-parking")), names.toString());
    }

    /** A project folder with the real config/ and pipelines sales and marketing made by the generator. */
    private static ConfigFiles projectWithTwoPipelines(Path project) throws IOException {
        Path root = Path.of("").toAbsolutePath();
        Files.createSymbolicLink(project.resolve("config"), root.resolve("config"));
        Path pipelines = Files.createDirectories(project.resolve("pipelines"));
        copy(root.resolve("pipelines/_shared"), pipelines.resolve("_shared"));
        PipelineGenerator generator = new PipelineGenerator(new PipelineFolders(pipelines), root.resolve("pipelines/_template"), Set.of());
        generator.create("sales", "Sales");
        generator.create("marketing", "Marketing");
        return new ConfigFiles(project.resolve("config"));
    }

    private static Platform twoPipelines(ConfigFiles files) {
        return new PlatformAssembler(ComponentCatalog.all()).assemble(new PlatformContext(
                MockRun.config("  onering:profiles: [core, devtools]\n  onering:pipelines: [sales, marketing]\n"), files));
    }

    @Test
    void anImageTagChangesWithThePipelineNotWithWhatToolsWroteBesideIt(@TempDir Path project) throws IOException {
        ConfigFiles files = projectWithTwoPipelines(project);
        String before = Platforms.workload(twoPipelines(files), "pipeline-sales").image().reference();
        Path sales = project.resolve("pipelines/sales");
        Files.createDirectories(sales.resolve("dbt/target"));
        Files.writeString(sales.resolve("dbt/target/manifest.json"), "{}");
        Files.writeString(sales.resolve("dbt/.user.yml"), "id: 1");
        Files.createDirectories(sales.resolve("orchestration/__pycache__"));
        Files.writeString(sales.resolve("orchestration/__pycache__/definitions.cpython-312.pyc"), "x");
        assertEquals(before, Platforms.workload(twoPipelines(files), "pipeline-sales").image().reference(), "dbt and Python output");

        Files.writeString(sales.resolve("requirements.txt"), "polars==1.35.2\n");
        Platform changed = twoPipelines(files);
        assertFalse(before.equals(Platforms.workload(changed, "pipeline-sales").image().reference()), "its own requirement");
    }

    @Test
    void twoPipelinesShareNoCredentialDatabaseOrBucket(@TempDir Path project) throws IOException {
        Platform platform = twoPipelines(projectWithTwoPipelines(project));

        ComponentSpec component = platform.component("pipelines").orElseThrow();
        assertEquals(List.of("pl_sales", "pl_marketing"), component.databases().stream().map(DatabaseNeed::role).toList());
        WorkloadSpec sales = Platforms.workload(platform, "pipeline-sales");
        WorkloadSpec marketing = Platforms.workload(platform, "pipeline-marketing");
        Set<String> salesSecrets = pipelineSecrets(sales);
        Set<String> marketingSecrets = pipelineSecrets(marketing);
        assertEquals(3, salesSecrets.size(), salesSecrets.toString());
        Set<String> shared = new HashSet<>(salesSecrets);
        shared.retainAll(marketingSecrets);
        assertEquals(Set.of(), shared, "pipelines must not share credentials");
        for (String setting : List.of("PGDATABASE", "PGUSER", "PIPELINE_BUCKET")) {
            assertFalse(sales.env().get(setting).equals(marketing.env().get(setting)), setting);
        }
        assertFalse(sales.image().reference().equals(marketing.image().reference()), "each pipeline has its own image");
    }

    /** The secrets a code location holds that are not the Dagster instance's (which every Dagster process needs). */
    private static Set<String> pipelineSecrets(WorkloadSpec location) {
        return location.env().entrySet().stream().filter(e -> !e.getKey().startsWith("DAGSTER_"))
                .map(Map.Entry::getValue).filter(v -> v.startsWith("{{secret:")).collect(Collectors.toSet());
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.filter(p -> !p.toString().contains("__pycache__")).toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }
}
