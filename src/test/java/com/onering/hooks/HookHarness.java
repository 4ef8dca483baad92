package com.onering.hooks;

import com.onering.model.HookSpec;
import com.onering.model.Template;
import com.onering.testsupport.Secrets;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Runs a hook the way the CLI does and keeps what it printed, for tests. */
public final class HookHarness {
    private HookHarness() {
    }

    /** Exit code, the report lines (stdout) and the failure message (stderr). */
    public record Outcome(int exitCode, String out, String err) {
        public List<String> lines(HookReport.Action action) {
            String marker = ": " + action.name().toLowerCase(java.util.Locale.ROOT) + " ";
            return out.lines().filter(l -> l.contains(marker)).toList();
        }

        public int count(HookReport.Action action) {
            return lines(action).size();
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
        }
    }

    /** Runs a hook that reads no config files, with the timeout the hook tests use against local stubs. */
    public static Outcome run(Hook hook, Map<String, String> env) {
        return run(hook, env, Path.of("."), Duration.ofSeconds(5));
    }

    public static Outcome run(Hook hook, Map<String, String> env, Path configRoot, Duration timeout) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new HookRunner(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(hook, env, configRoot, timeout);
        return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** A context for driving a hook's parts directly; the report goes to {@code out}. */
    public static HookContext context(String hook, Map<String, String> env, Path configRoot, Duration timeout, PrintStream out) {
        return new HookContext(hook, env, configRoot, new HookReport(hook, out), timeout, HookContext.Waiting.real(System.err));
    }

    /**
     * A spec's environment rendered the way the provisioner renders it ({@link Secrets#render}): endpoints from
     * {@code endpoints}, the secrets named in {@code secrets} with those values and every other secret as
     * {@code value-of-<name>}. An endpoint the test does not give is an error.
     */
    public static Map<String, String> environment(HookSpec spec, Map<String, String> endpoints, Map<String, String> secrets) {
        Map<String, String> env = new HashMap<>();
        spec.env().forEach((key, template) -> {
            Map<String, String> values = new HashMap<>();
            Template.secretRefs(template).forEach(name -> values.put(name, secrets.getOrDefault(name, "value-of-" + name)));
            env.put(key, Secrets.render(template, endpoints, values));
        });
        return env;
    }
}
