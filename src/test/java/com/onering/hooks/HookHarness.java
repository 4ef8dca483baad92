package com.onering.hooks;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
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
}
