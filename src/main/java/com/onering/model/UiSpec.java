package com.onering.model;

import java.util.List;

/**
 * Marks a workload as a user-facing UI served on one of its ports. {@code apiPrefixes} are the paths of its machine
 * API (used by hooks and tools, not browsers): behind the security profile's gatekeeper these routes skip the login,
 * so the service authenticates them itself (or, for engines without authentication, is as open as without the gate).
 * {@code forAnalysts} marks a UI analysts work in (BI, notebooks, dashboards); every other UI is an engineering tool.
 * The gatekeeper admits groups by it, so the component that knows its UI says so, not a list of names elsewhere.
 */
public record UiSpec(String portName, String path, List<String> apiPrefixes, boolean forAnalysts) {
    public UiSpec {
        apiPrefixes = List.copyOf(apiPrefixes);
    }
}
