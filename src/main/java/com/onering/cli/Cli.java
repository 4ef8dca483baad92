package com.onering.cli;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.onering.assembly.StackValidation;
import com.onering.config.ConfigSource;
import com.onering.config.InvalidConfigException;
import com.onering.deploy.host.HostBootstrap;
import com.onering.deploy.host.ProviderTunnel;
import com.onering.docs.ArchitectureDiagram;
import com.onering.hooks.Hook;
import com.onering.hooks.HookRunner;
import com.onering.plan.OfflinePlan;
import com.onering.plan.PlanDiff;
import com.onering.plan.PlanDiffRenderer;
import com.onering.plan.PlanRenderer;
import com.onering.plan.PlannedResource;
import com.onering.platform.ConfigFiles;
import com.onering.platform.Platform;
import com.onering.process.CommandRunner;
import com.onering.smoke.DockerCli;
import com.onering.smoke.SmokeChecks;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The project's command line: {@code plan}, {@code docs}, {@code pipeline}, {@code smoke}; post-deploy hooks run
 * through the same entry point. Stack files and
 * the config folder are found under the project directory, so it runs from any working directory; {@code --out} and
 * {@code --config-file} are relative to the working directory, as the user typed them.
 */
public final class Cli {
    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;
    public static final String USAGE_TEXT = """
            usage: onering plan --stack <name> [--config-file <file>] [--format json|markdown] [--out <file>]
                                [--with-file-contents]
                     Runs the program for Pulumi.<name>.yaml (or stacks/Pulumi.<name>.yaml, or the --config-file)
                     in-process, with no Pulumi CLI, backend or Docker, and prints the resolved resource graph
                     (uploaded files by size and SHA-256 unless --with-file-contents).
                   onering plan diff --base <plan.json|folder|git-ref> --stack <name> [--stack <name> ...]
                                [--config-file <file>] [--format markdown|json] [--out <file>]
                     What changes against the base: a JSON plan written before (one stack), a folder of
                     <stack>.json plans, or a git ref (bin/onering writes its plans); Markdown for a pull
                     request or JSON; nothing at all when nothing changes. When a stack's set of components
                     changes, the Markdown adds its architecture diagram.
                   onering docs --stack <name> [--config-file <file>] [--out <file>]
                     Writes the stack's architecture diagram (Mermaid) to docs/architecture-<name>.md or --out.
                   onering cloud-init --stack <name> [--config-file <file>] [--out <file>]
                     The cloud-init user data that bootstraps the stack's host (onering:host) at its first boot,
                     for a VPS made in a provider's console: the same script pulumi up runs over SSH.
                   onering tunnel --stack <name> [--config-file <file>]
                     The ssh arguments, one per line, of the tunnel that carries a remote stack's PostgreSQL and
                     Keycloak providers to the host's loopback (scripts/up.sh holds it open while pulumi runs);
                     nothing for a stack whose providers need none.
                   onering pipeline new <name> "<title>" [--root <pipelines folder>]
                     Creates pipelines/<name>/ from the template (dbt project, Dagster code location, notebooks,
                     sample data, tests); a stack deploys it once its onering:pipelines lists it.
                   onering smoke --stack <name> [--config-file <file>] [--day 1-5 ...]
                     Seed 002's smoke checks over the deployed stack, through its Docker engine: day 1 every
                     container up and healthy, day 2 every database as declared and the RAW bucket, days 3-5 the
                     file, HTTP and stream ingestors end to end. One line each, pass or FAIL with the reason;
                     exit 1 when one failed.
                   onering hook <name> [--timeout-seconds N]
                     Runs one post-deploy hook against the endpoints and credentials in its environment variables.""";
    /** One docker call of a smoke check; the ingestors' own checks wait up to 150 s for what the services do. */
    private static final Duration SMOKE_CALL_TIMEOUT = Duration.ofMinutes(5);

    private final PrintStream out;
    private final PrintStream err;
    private final Path projectRoot;

    public Cli(PrintStream out, PrintStream err, Path projectRoot) {
        this.out = out;
        this.err = err;
        this.projectRoot = projectRoot;
    }

    public int run(String[] args) {
        if (args.length >= 2 && args[0].equals("hook")) {
            return hook(args);
        }
        if (args.length >= 1 && args[0].equals("smoke")) {
            return smoke(List.of(args).subList(1, args.length));
        }
        if (args.length >= 1 && args[0].equals("pipeline")) {
            return new PipelineCommand(out, err, configFiles()).run(List.of(args).subList(1, args.length));
        }
        if (args.length == 0 || !List.of("plan", "docs", "cloud-init", "tunnel").contains(args[0])) {
            err.println(USAGE_TEXT);
            return USAGE;
        }
        boolean docs = args[0].equals("docs");
        boolean cloudInit = args[0].equals("cloud-init");
        boolean tunnel = args[0].equals("tunnel");
        boolean diff = args[0].equals("plan") && args.length > 1 && args[1].equals("diff");
        PlanOptions options;
        try {
            options = PlanOptions.parse(List.of(args).subList(diff ? 2 : 1, args.length), diff);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage() + "\n" + USAGE_TEXT);
            return USAGE;
        }
        if (diff != (options.base() != null)) {
            err.println((diff ? "plan diff needs --base <plan.json|folder|git-ref>" : "--base belongs to plan diff") + "\n" + USAGE_TEXT);
            return USAGE;
        }
        if (diff && options.stacks().size() > 1 && !Files.isDirectory(options.base())) {
            err.println("--base " + options.base() + " is not a folder: several stacks need a folder of <stack>.json plans (or a git ref)");
            return USAGE;
        }
        try {
            return docs ? docs(options) : cloudInit ? cloudInit(options) : tunnel ? tunnel(options) : diff ? diff(options) : plan(options);
        } catch (UserError e) {
            err.println(e.getMessage());
            return USAGE;
        } catch (IOException e) {
            err.println("cannot read or write files: " + e.getMessage());
            return FAILED;
        }
    }

    private int hook(String[] args) {
        Optional<Hook> hook = HookCatalog.named(args[1]);
        if (hook.isEmpty()) {
            err.println("unknown hook '" + args[1] + "'; hooks are " + HookCatalog.all().stream()
                    .map(Hook::name).sorted().toList());
            return USAGE;
        }
        long timeoutSeconds = 180;
        if (args.length == 4 && args[2].equals("--timeout-seconds") && args[3].matches("\\d+")) {
            timeoutSeconds = Long.parseLong(args[3]);
        } else if (args.length != 2) {
            err.println(USAGE_TEXT);
            return USAGE;
        }
        return new HookRunner(out, err).run(hook.get(), System.getenv(), configFiles().root(), Duration.ofSeconds(timeoutSeconds));
    }

    private int smoke(List<String> args) {
        SmokeOptions options;
        try {
            options = SmokeOptions.parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage() + "\n" + USAGE_TEXT);
            return USAGE;
        }
        try {
            Platform platform = platform(options.stack(), options.configFile());
            DockerCli docker = new DockerCli(CommandRunner.processes(), platform.config().target().dockerHost(), SMOKE_CALL_TIMEOUT);
            return SmokeChecks.of(platform).run(options.days(), docker, out) ? OK : FAILED;
        } catch (UserError e) {
            err.println(e.getMessage());
            return USAGE;
        } catch (IOException e) {
            err.println("cannot read files: " + e.getMessage());
            return FAILED;
        }
    }

    private int docs(PlanOptions options) throws UserError, IOException {
        Platform platform = platform(options.stack(), options.configFile());
        Path page = options.out() != null ? options.out() : projectRoot.resolve("docs").resolve("architecture-" + options.stack() + ".md");
        Files.writeString(page, ArchitectureDiagram.page(platform));
        return OK;
    }

    private int cloudInit(PlanOptions options) throws UserError, IOException {
        Platform platform = platform(options.stack(), options.configFile());
        Optional<HostBootstrap> bootstrap = HostBootstrap.of(platform.config().target(), configFiles());
        if (bootstrap.isEmpty()) {
            throw new UserError("stack " + options.stack() + " bootstraps no host: set onering:dockerHost to ssh://deploy@your-host and "
                    + "onering:host (docs/vps.md)");
        }
        return write(options, bootstrap.get().cloudInit());
    }

    private int tunnel(PlanOptions options) throws UserError, IOException {
        Platform platform = platform(options.stack(), options.configFile());
        List<String> arguments = platform.config().target().overSsh() ? ProviderTunnel.of(platform).sshArguments() : List.of();
        return write(options, arguments.contains("-L") ? String.join("\n", arguments) + "\n" : "");
    }

    private int plan(PlanOptions options) throws UserError, IOException {
        List<PlannedResource> resources = OfflinePlan.run(platform(options.stack(), options.configFile()), configFiles());
        return write(options, options.format().equals("json") ? PlanRenderer.json(options.stack(), resources, options.withFileContents())
                : PlanRenderer.markdown(options.stack(), resources));
    }

    /** Every stack's diff against its base plan; a stack whose base folder has no plan is new (everything added). */
    private int diff(PlanOptions options) throws UserError, IOException {
        List<PlanDiff.Result> diffs = new ArrayList<>();
        Map<String, String> diagrams = new LinkedHashMap<>();
        for (String stack : options.stacks()) {
            Path baseFile = Files.isDirectory(options.base()) ? options.base().resolve(stack + ".json") : options.base();
            JsonObject base = Files.isDirectory(options.base()) && !Files.exists(baseFile) ? PlanRenderer.tree(stack, List.of(), true) : readPlan(baseFile);
            Platform platform = platform(stack, options.configFile());
            List<PlannedResource> resources = OfflinePlan.run(platform, configFiles());
            PlanDiff.Result diff = PlanDiff.compare(base, PlanRenderer.tree(stack, resources, PlanRenderer.showsFileContents(base)));
            diffs.add(diff);
            if (diff.changesComponents()) {
                diagrams.put(stack, ArchitectureDiagram.mermaid(platform));
            }
        }
        return write(options, options.format().equals("json") ? PlanDiffRenderer.json(diffs)
                : PlanDiffRenderer.markdown(diffs, diagrams, PlanDiffRenderer.COMMENT_LIMIT));
    }

    /** A stack config problem, already worded for the user: exit status 2. */
    private static final class UserError extends Exception {
        UserError(String message) {
            super(message);
        }
    }

    private Platform platform(String stack, Path configFile) throws UserError, IOException {
        Path stackFile = configFile != null ? configFile : stackFile(stack);
        if (stackFile == null || !Files.isRegularFile(stackFile)) {
            throw new UserError(configFile != null ? "no stack config " + configFile
                    : "no stack config for '" + stack + "': expected " + projectRoot.resolve("Pulumi." + stack + ".yaml")
                            + " or " + projectRoot.resolve("stacks").resolve("Pulumi." + stack + ".yaml"));
        }
        try {
            return StackValidation.validate(ConfigSource.fromStackFile(stackFile), stack, configFiles());
        } catch (InvalidConfigException e) {
            throw new UserError(stackFile + ": " + e.getMessage());
        }
    }

    private int write(PlanOptions options, String rendered) throws IOException {
        if (options.out() == null) {
            out.print(rendered);
        } else {
            Files.writeString(options.out(), rendered);
        }
        return OK;
    }

    /** A plan written by {@code onering plan --format json}; anything else is refused with the file named. */
    private JsonObject readPlan(Path file) throws IOException {
        try {
            JsonObject plan = JsonParser.parseString(Files.readString(file)).getAsJsonObject();
            if (!plan.has("resources") || !plan.get("resources").isJsonArray()) {
                throw new IllegalStateException("no resources");
            }
            return plan;
        } catch (RuntimeException e) {
            throw new IOException(file + " is not a plan written by `onering plan --format json` (" + e.getMessage() + ")", e);
        }
    }

    private ConfigFiles configFiles() {
        return new ConfigFiles(projectRoot.resolve("config"));
    }

    private Path stackFile(String stack) {
        for (Path candidate : List.of(projectRoot.resolve("Pulumi." + stack + ".yaml"), projectRoot.resolve("stacks").resolve("Pulumi." + stack + ".yaml"))) {
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
