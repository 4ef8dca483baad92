package com.onering.cli;

import com.onering.assembly.StackValidation;
import com.onering.cli.HookCatalog;
import com.onering.config.ConfigSource;
import com.onering.config.InvalidConfigException;
import com.onering.hooks.Hook;
import com.onering.hooks.HookRunner;
import com.onering.plan.OfflinePlan;
import com.onering.plan.PlanRenderer;
import com.onering.plan.PlannedResource;
import com.onering.platform.ConfigFiles;
import com.onering.platform.Platform;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The project's command line: {@code plan} now; post-deploy hooks run through the same entry point. Stack files and
 * the config folder are found under the project directory, so it runs from any working directory; {@code --out} and
 * {@code --config-file} are relative to the working directory, as the user typed them.
 */
public final class Cli {
    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;
    public static final String USAGE_TEXT = """
            usage: onering plan --stack <name> [--config-file <file>] [--format json|markdown] [--out <file>]
                     Runs the program for Pulumi.<name>.yaml (or stacks/Pulumi.<name>.yaml, or the --config-file)
                     in-process, with no Pulumi CLI, backend or Docker, and prints the resolved resource graph.
                   onering hook <name> [--timeout-seconds N]
                     Runs one post-deploy hook against the endpoints and credentials in its environment variables.""";

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
        if (args.length == 0 || !args[0].equals("plan")) {
            err.println(USAGE_TEXT);
            return USAGE;
        }
        String stack = null;
        String format = "json";
        Path outFile = null;
        Path configFile = null;
        for (int i = 1; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--stack" -> stack = value;
                case "--format" -> format = value;
                case "--out" -> outFile = value == null ? null : Path.of(value);
                case "--config-file" -> configFile = value == null ? null : Path.of(value);
                default -> {
                    err.println("unknown option " + args[i] + "\n" + USAGE_TEXT);
                    return USAGE;
                }
            }
            i++;
        }
        if (stack == null || !(format.equals("json") || format.equals("markdown"))) {
            err.println(USAGE_TEXT);
            return USAGE;
        }
        return plan(stack, configFile, format, outFile);
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

    private int plan(String stack, Path configFile, String format, Path outFile) {
        Path stackFile = configFile != null ? configFile : stackFile(stack);
        if (stackFile == null || !Files.isRegularFile(stackFile)) {
            err.println(configFile != null ? "no stack config " + configFile
                    : "no stack config for '" + stack + "': expected " + projectRoot.resolve("Pulumi." + stack + ".yaml") + " or "
                            + projectRoot.resolve("stacks").resolve("Pulumi." + stack + ".yaml"));
            return USAGE;
        }
        try {
            Platform platform = StackValidation.validate(ConfigSource.fromStackFile(stackFile), stack, configFiles());
            List<PlannedResource> resources = OfflinePlan.run(platform, configFiles());
            String rendered = format.equals("json") ? PlanRenderer.json(stack, resources) : PlanRenderer.markdown(stack, resources);
            if (outFile == null) {
                out.print(rendered);
            } else {
                Files.writeString(outFile, rendered);
            }
            return OK;
        } catch (InvalidConfigException e) {
            err.println(stackFile + ": " + e.getMessage());
            return USAGE;
        } catch (IOException e) {
            err.println("cannot read or write plan files: " + e.getMessage());
            return FAILED;
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
