package com.onering.model;

import java.util.Optional;

/**
 * Marks a workload as exposing Prometheus metrics over HTTP on one of its ports. The observability profile scrapes
 * exactly the workloads that declare this, at their in-network address, sending the named secret as a bearer token
 * where the endpoint requires one.
 */
public record MetricsSpec(String portName, String path, Optional<String> bearerTokenSecret) {
    public MetricsSpec {
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("metrics path must start with '/': " + path);
        }
    }
}
