package com.onering.hooks;

import java.util.List;
import java.util.Optional;

/** The registration list of hooks, by the name components use in their {@code HookSpec}s. */
public final class HookCatalog {
    private HookCatalog() {
    }

    public static List<Hook> all() {
        return List.of(
                new LdapDirectoryHook(),
                new ClickHouseRolesHook());
    }

    public static Optional<Hook> named(String name) {
        return all().stream().filter(h -> h.name().equals(name)).findFirst();
    }
}
