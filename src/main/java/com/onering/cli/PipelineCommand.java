package com.onering.cli;

import com.onering.assembly.ComponentCatalog;
import com.onering.components.storage.ObjectStore;
import com.onering.config.PlatformConfig;
import com.onering.model.DatabaseNeed;
import com.onering.model.Profile;
import com.onering.pipelines.PipelineFolders;
import com.onering.pipelines.PipelineGenerator;
import com.onering.platform.Component;
import com.onering.platform.ConfigFiles;
import com.onering.platform.PlatformContext;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** {@code onering pipeline new <name> "<title>" [--root <pipelines folder>]}: a new pipeline from the template. */
final class PipelineCommand {
    static final String USAGE = "usage: onering pipeline new <name> \"<title>\" [--root <pipelines folder>]";
    /** The schemas every pipeline's own database has (its dbt project writes them). */
    private static final List<String> PIPELINE_SCHEMAS = List.of("raw", "analytics");
    private static final List<String> POSTGRES_SCHEMAS = List.of("public", "information_schema");

    private final PrintStream out;
    private final PrintStream err;
    private final ConfigFiles files;

    PipelineCommand(PrintStream out, PrintStream err, ConfigFiles files) {
        this.out = out;
        this.err = err;
        this.files = files;
    }

    int run(List<String> args) {
        if (!(args.size() == 3 || (args.size() == 5 && args.get(3).equals("--root"))) || !args.get(0).equals("new")) {
            err.println(USAGE);
            return Cli.USAGE;
        }
        String name = args.get(1);
        String title = args.get(2);
        PipelineFolders folders = args.size() == 5 ? new PipelineFolders(Path.of(args.get(4)).toAbsolutePath()) : files.pipelines();
        // The template always comes from the project; --root only chooses where the new folder goes.
        PipelineGenerator generator = new PipelineGenerator(folders, files.pipelines().root().resolve(PipelineFolders.TEMPLATE),
                reservedNames(files));
        Optional<String> problem = generator.problem(name, title);
        if (problem.isPresent()) {
            err.println(problem.get());
            return Cli.USAGE;
        }
        List<Path> created = generator.create(name, title);
        Path folder = folders.root().resolve(name);
        out.println("created pipeline " + name + " (" + title + ") in " + folder + ": " + created.size() + " files");
        created.forEach(p -> out.println("  " + p));
        out.println("""
                next:
                  tests/python/run.sh --group pipelines      # its tests (dbt parse, Dagster definitions, notebooks, a real run)
                  deploy it: list it in the stack's onering:pipelines (needs the devtools profile), e.g.
                    onering:pipelines: [%s]""".formatted(name));
        return Cli.OK;
    }

    /**
     * Names the platform gives its databases, roles, buckets and schemas, with every profile on: a pipeline named so
     * would be taken for one of them in every listing.
     */
    static Set<String> reservedNames(ConfigFiles files) {
        PlatformContext everything = new PlatformContext(PlatformConfig.defaults("pipeline-names", EnumSet.allOf(Profile.class)), files);
        Set<String> names = new TreeSet<>();
        for (Component component : ComponentCatalog.all()) {
            for (DatabaseNeed database : component.describe(everything).databases()) {
                names.add(database.database());
                names.add(database.role());
            }
        }
        // The medallion buckets are also the curated database's schemas (bronze, silver, gold).
        names.addAll(ObjectStore.Buckets.ALL);
        names.addAll(PIPELINE_SCHEMAS);
        names.addAll(POSTGRES_SCHEMAS);
        return names;
    }
}
