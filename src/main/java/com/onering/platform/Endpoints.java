package com.onering.platform;

/** Resolves how the deploying machine reaches a workload's port ({@code host:port}); the target knows the answer. */
@FunctionalInterface
public interface Endpoints {
    String of(String workload, String portName);
}
