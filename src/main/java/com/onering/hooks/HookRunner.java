package com.onering.hooks;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Runs one hook the way {@code onering hook <name>} does: exit 0 with a summary, 1 with one clear message when it
 * cannot finish, 2 when its settings are missing or malformed.
 */
public final class HookRunner {
    private final PrintStream out;
    private final PrintStream err;

    public HookRunner(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public int run(Hook hook, Map<String, String> environment, Path configRoot, Duration timeout) {
        HookReport report = new HookReport(hook.name(), out);
        try {
            hook.run(new HookContext(hook.name(), environment, configRoot, report, timeout, HookContext.Waiting.real(err)));
            out.println(report.summary());
            return 0;
        } catch (HookSettingsFailure e) {
            err.println(e.getMessage());
            return 2;
        } catch (HookFailure e) {
            err.println(e.getMessage());
            return 1;
        } catch (Exception e) {
            err.println("hook " + hook.name() + " failed: " + e);
            return 1;
        }
    }
}
