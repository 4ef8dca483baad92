package com.onering.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The additive feature sets a stack selects (seed 000's profile table plus seeds 002 and 003). */
public enum Profile {
    CORE, INGESTION, STREAMING, CATALOG, ANALYTICS, ML, OBSERVABILITY, CICD, SECURITY, DEVTOOLS, POC;

    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Profile> fromConfigName(String name) {
        return Arrays.stream(values()).filter(p -> p.configName().equals(name)).findFirst();
    }
}
