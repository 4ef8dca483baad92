package com.onering.components.devtools;

import com.onering.components.storage.ObjectStore;
import com.onering.components.storage.Postgres;
import com.onering.config.ObjectStoreEngine;
import com.onering.hooks.storage.GarageScopedKeys.ScopedKey;
import com.onering.hooks.storage.ObjectStoreHook;
import com.onering.model.ComponentSpec;
import com.onering.model.DatabaseNeed;
import com.onering.model.Dependency;
import com.onering.model.FileSpec;
import com.onering.model.HookSpec;
import com.onering.model.ImageSource;
import com.onering.model.MemorySize;
import com.onering.model.PortSpec;
import com.onering.model.Profile;
import com.onering.model.SecretSpec;
import com.onering.model.Template;
import com.onering.model.WorkloadSpec;
import com.onering.pipelines.Pipeline;
import com.onering.pipelines.PipelineFolders;
import com.onering.pipelines.PipelineName;
import com.onering.platform.Component;
import com.onering.platform.ConfigFiles;
import com.onering.platform.PlatformContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pipelines a stack deploys ({@code onering:pipelines}, seed 003): each is a Dagster code location of its own,
 * from an image built from its folder (its own dependencies), with its own PostgreSQL database and role and its own
 * bucket with a key scoped to it, so no pipeline can read or write another's data. Runs execute in the code location
 * (Dagster's default run launcher), which is why it also carries the Dagster instance's settings.
 */
public final class Pipelines implements Component {
    public static final String COMPONENT = "pipelines";
    /** Settings every code location carries: its pipeline's name and title (the dashboard lists them). */
    public static final String NAME_SETTING = "PIPELINE_NAME";
    public static final String TITLE_SETTING = "PIPELINE_TITLE";
    /** The Python package path of a pipeline's Dagster definitions, under the pipelines folder. */
    static final String DEFINITIONS_MODULE = "orchestration.definitions";
    static final String INSTANCE_CONFIG = "/opt/dagster/dagster_home/dagster.yaml";
    /** Where JupyterLab finds each pipeline's notebooks and sample data. */
    public static final String NOTEBOOKS_HOME = "/home/jovyan/pipelines";
    /** The pipelines folder as the config root sees it (build contexts and placed files are relative to config/). */
    private static final String FOLDERS = "../pipelines";

    @Override
    public String name() {
        return COMPONENT;
    }

    @Override
    public Profile profile() {
        return Profile.DEVTOOLS;
    }

    /**
     * The pipelines the stack deploys whose declarations are valid (the assembler reports the others). None on an
     * object store that cannot scope keys to buckets: the config loader reports that.
     */
    public static List<Pipeline> deployed(PlatformContext context) {
        if (context.config().objectStore() != ObjectStoreEngine.GARAGE) {
            return List.of();
        }
        return context.pipelines().values().stream()
                .flatMap(declared -> declared.pipeline().stream())
                .toList();
    }

    @Override
    public ComponentSpec describe(PlatformContext context) {
        List<Pipeline> pipelines = deployed(context);
        List<WorkloadSpec> workloads = new ArrayList<>();
        List<SecretSpec> secrets = new ArrayList<>();
        List<DatabaseNeed> databases = new ArrayList<>();
        List<ScopedKey> keys = new ArrayList<>();
        for (Pipeline pipeline : pipelines) {
            PipelineName name = pipeline.name();
            DatabaseNeed database = new DatabaseNeed(name.database(), name.database(), name.databasePasswordSecret());
            workloads.add(codeLocation(context, pipeline, database));
            databases.add(database);
            secrets.add(SecretSpec.password(name.databasePasswordSecret()));
            secrets.add(SecretSpec.hex(name.accessKeySecret(), 12).withPrefix("GK"));
            secrets.add(SecretSpec.hex(name.secretKeySecret(), 32));
            keys.add(new ScopedKey("pipeline-" + name.dashed(), name.bucket(),
                    Template.secret(name.accessKeySecret()), Template.secret(name.secretKeySecret())));
        }
        List<HookSpec> hooks = pipelines.isEmpty() ? List.of() : List.of(storageHook(context, pipelines, keys));
        return new ComponentSpec(name(), profile(), "onering:pipelines:Pipelines", workloads, secrets, databases, hooks, Map.of());
    }

    private static WorkloadSpec codeLocation(PlatformContext context, Pipeline pipeline, DatabaseNeed database) {
        PipelineName name = pipeline.name();
        ConfigFiles files = context.files();
        // One Dockerfile for every pipeline, built from the pipelines folder: it copies the shared library and this
        // pipeline only (the PIPELINE argument), and installs this pipeline's own requirements.
        ImageSource image = files.image("onering/pipeline-" + name.dashed(), FOLDERS, PipelineFolders.SHARED + "/Dockerfile",
                Map.of("PIPELINE", name.value()), List.of(FOLDERS + "/" + PipelineFolders.SHARED, FOLDERS + "/" + name.value()));
        Map<String, String> env = new LinkedHashMap<>(Dagster.instanceEnvironment());
        env.put(NAME_SETTING, name.value());
        env.put(TITLE_SETTING, pipeline.title());
        env.put("PIPELINE_BUCKET", name.bucket());
        env.put("PIPELINE_TEMP_RETENTION_DAYS", String.valueOf(pipeline.tempRetentionDays()));
        // libpq's own variables: psycopg and the pipeline's dbt profile read them.
        env.put("PGHOST", Postgres.HOST);
        env.put("PGPORT", String.valueOf(Postgres.PORT));
        env.put("PGDATABASE", database.database());
        env.put("PGUSER", database.role());
        env.put("PGPASSWORD", Template.secret(database.passwordSecret()));
        env.putAll(ObjectStore.clientEnvironment(context.config(), name.accessKeySecret(), name.secretKeySecret()));
        return WorkloadSpec.service(name.codeLocation(), image)
                .command("dagster", "api", "grpc", "-h", "0.0.0.0", "-p", String.valueOf(Dagster.CODE_PORT),
                        "-m", name.value() + "." + DEFINITIONS_MODULE, "--location-name", name.value())
                .env(env)
                .file(FileSpec.of(INSTANCE_CONFIG, files.read("dagster/dagster.yaml")))
                .port(PortSpec.internal("grpc", Dagster.CODE_PORT))
                .health(Dagster.codeLocationHealth())
                .dependsOn(Dependency.healthy(Postgres.HOST))
                .dependsOn(Dependency.started(ObjectStore.HOST))
                // dbt and pandas run inside the code location with the run.
                .memory(MemorySize.mebibytes(512))
                .build();
    }

    /** Each pipeline's bucket, created with the platform key, and the pipeline's key scoped to it. */
    private static HookSpec storageHook(PlatformContext context, List<Pipeline> pipelines, List<ScopedKey> keys) {
        return ObjectStore.storageHook(ObjectStoreHook.PIPELINES_NAME, context.config(),
                pipelines.stream().map(p -> p.name().bucket()).toList(), List.of(), keys);
    }

    /** Every pipeline's notebooks and sample data, placed for JupyterLab under {@link #NOTEBOOKS_HOME}. */
    public static List<FileSpec> notebookFiles(PlatformContext context) {
        List<FileSpec> files = new ArrayList<>();
        for (Pipeline pipeline : deployed(context)) {
            String name = pipeline.name().value();
            for (String folder : List.of("notebooks", "data/sample")) {
                files.addAll(context.files().placedUnder(FOLDERS + "/" + name + "/" + folder, NOTEBOOKS_HOME + "/" + name + "/" + folder));
            }
        }
        return files;
    }
}
