package com.onering.model;

import java.util.List;
import java.util.Map;

/**
 * A post-deploy step of a component (bucket creation, migrations, registrations). It runs once the listed workloads
 * are healthy, receives its endpoints and credentials through {@code env} ({@code {{endpoint:…}}} and
 * {@code {{secret:…}}} placeholders, never on a command line), and re-runs only when {@code env} or the content of
 * {@code triggerFiles} (paths under {@code config/}) changes. {@code afterHooks} names hooks that must have run first
 * (for services a hook itself installs, such as Airbyte through abctl).
 */
public record HookSpec(String hook, List<String> awaitWorkloads, Map<String, String> env, List<String> triggerFiles,
                       List<String> afterHooks) {
    public HookSpec {
        awaitWorkloads = List.copyOf(awaitWorkloads);
        env = Map.copyOf(env);
        triggerFiles = List.copyOf(triggerFiles);
        afterHooks = List.copyOf(afterHooks);
    }

    /** A hook that waits for workloads only, which is what almost every hook does. */
    public HookSpec(String hook, List<String> awaitWorkloads, Map<String, String> env, List<String> triggerFiles) {
        this(hook, awaitWorkloads, env, triggerFiles, List.of());
    }
}
