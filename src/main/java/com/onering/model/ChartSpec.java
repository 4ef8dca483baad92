package com.onering.model;

import java.util.Map;

/**
 * An upstream Helm chart a component is installed from on a cluster, where upstream supports nothing else (Airbyte
 * launches its connectors' pods itself). {@code version} is pinned; {@code values} are the chart's settings, none of
 * them secret.
 */
public record ChartSpec(String release, String repository, String chart, String version, Map<String, Object> values) {
    public ChartSpec {
        values = Map.copyOf(values);
        if (version.isBlank() || ImageSource.Pulled.isFloating(version)) {
            throw new IllegalArgumentException("chart " + chart + " must be pinned to a version");
        }
    }
}
