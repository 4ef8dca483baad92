package com.onering.model;

/**
 * Marks a workload as exposing Prometheus metrics over HTTP on one of its ports. The observability profile scrapes
 * exactly the workloads that declare this, at their in-network address.
 */
public record MetricsSpec(String portName, String path) {
    public MetricsSpec {
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("metrics path must start with '/': " + path);
        }
    }
}
