package com.onering.model;

/** A workload's need for another workload: running, healthy, or (for jobs) completed. */
public record Dependency(String workload, Condition condition) {
    public enum Condition { STARTED, HEALTHY, COMPLETED }

    /** The workload only has to exist (a scrape target, a DNS name to reach); nothing waits for its health. */
    public static Dependency started(String workload) {
        return new Dependency(workload, Condition.STARTED);
    }

    public static Dependency healthy(String workload) {
        return new Dependency(workload, Condition.HEALTHY);
    }

    public static Dependency completed(String workload) {
        return new Dependency(workload, Condition.COMPLETED);
    }
}
