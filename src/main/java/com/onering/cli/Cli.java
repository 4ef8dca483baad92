package com.onering.cli;

import com.onering.config.ConfigLoader;
import com.onering.config.ConfigSource;
import com.onering.config.InvalidConfigException;
import com.onering.config.PlatformConfig;
import com.onering.hooks.Hook;
import com.onering.hooks.HookCatalog;
import com.onering.hooks.HookRunner;
import com.onering.plan.OfflinePlan;
import com.onering.plan.PlanRenderer;
import com.onering.plan.PlannedResource;
import com.onering.platform.ConfigFiles;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The project's command line: {@code plan} now; post-deploy hooks run through the same entry point. */
public final class Cli {
    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;
    private static final String USAGE_TEXT = """
            usage: onering plan --stack <name> [--format json|markdown] [--out <file>]
                     Runs the program for Pulumi.<name>.yaml (or stacks/Pulumi.<name>.yaml) in-process, with no
                     Pulumi CLI, backend or Docker, and prints the resolved resource graph.
                   onering hook <name> [--timeout-seconds N]
                     Runs one post-deploy hook against the endpoints and credentials in its environment variables.""";

    private final PrintStream out;
    private final PrintStream err;

    public Cli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
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
        for (int i = 1; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--stack" -> stack = value;
                case "--format" -> format = value;
                case "--out" -> outFile = value == null ? null : Path.of(value);
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
        return plan(stack, format, outFile);
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
        return new HookRunner(out, err).run(hook.get(), System.getenv(),
                ConfigFiles.projectDefault().root(), Duration.ofSeconds(timeoutSeconds));
    }

    private int plan(String stack, String format, Path outFile) {
        Path stackFile = stackFile(stack);
        if (stackFile == null) {
            err.println("no stack config for '" + stack + "': expected Pulumi." + stack + ".yaml or stacks/Pulumi." + stack + ".yaml");
            return USAGE;
        }
        try {
            PlatformConfig config = ConfigLoader.load(ConfigSource.fromStackFile(stackFile), stack);
            List<PlannedResource> resources = OfflinePlan.run(config, ConfigFiles.projectDefault());
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

    private static Path stackFile(String stack) {
        for (Path candidate : List.of(Path.of("Pulumi." + stack + ".yaml"), Path.of("stacks", "Pulumi." + stack + ".yaml"))) {
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
