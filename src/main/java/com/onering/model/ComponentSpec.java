package com.onering.model;

import java.util.List;
import java.util.Map;

/**
 * What one platform component (e.g. Airflow) needs, before any target turns it into resources.
 * {@code typeToken} is the Pulumi component type, {@code onering:<domain>:<Type>}.
 */
public record ComponentSpec(
        String name,
        Profile profile,
        String typeToken,
        List<WorkloadSpec> workloads,
        List<SecretSpec> secrets,
        List<DatabaseNeed> databases,
        List<HookSpec> hooks,
        Map<String, String> connectionOutputs) {

    public ComponentSpec {
        workloads = List.copyOf(workloads);
        secrets = List.copyOf(secrets);
        databases = List.copyOf(databases);
        hooks = List.copyOf(hooks);
        connectionOutputs = Map.copyOf(connectionOutputs);
    }
}
