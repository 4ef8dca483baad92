package com.onering.model;

import java.util.List;
import java.util.Map;

/**
 * What one platform component (e.g. Airflow) needs, before any target turns it into resources.
 * {@code typeToken} is the Pulumi component type, {@code onering:<domain>:<Type>}. {@code charts} are upstream Helm
 * charts, for a component that a cluster can only run from its chart (only the Kubernetes target has them).
 */
public record ComponentSpec(
        String name,
        Profile profile,
        String typeToken,
        List<WorkloadSpec> workloads,
        List<SecretSpec> secrets,
        List<DatabaseNeed> databases,
        List<HookSpec> hooks,
        Map<String, String> connectionOutputs,
        List<ChartSpec> charts) {

    public ComponentSpec {
        workloads = List.copyOf(workloads);
        secrets = List.copyOf(secrets);
        databases = List.copyOf(databases);
        hooks = List.copyOf(hooks);
        connectionOutputs = Map.copyOf(connectionOutputs);
        charts = List.copyOf(charts);
    }

    /** A component of workloads and hooks only: what every target runs. */
    public ComponentSpec(String name, Profile profile, String typeToken, List<WorkloadSpec> workloads, List<SecretSpec> secrets,
                         List<DatabaseNeed> databases, List<HookSpec> hooks, Map<String, String> connectionOutputs) {
        this(name, profile, typeToken, workloads, secrets, databases, hooks, connectionOutputs, List.of());
    }

    /** The same component with {@code hooks} instead of its own: for {@code completeWith}, once the platform is known. */
    public ComponentSpec withHooks(List<HookSpec> hooks) {
        return new ComponentSpec(name, profile, typeToken, workloads, secrets, databases, hooks, connectionOutputs, charts);
    }
}
