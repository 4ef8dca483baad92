package com.onering.model;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A probe that runs inside the workload's own image (many images have no shell or curl: use what the image has).
 * {@code test} is in Docker's form: {@code ["CMD", argv...]} or {@code ["CMD-SHELL", script]}.
 */
public record HealthCheck(List<String> test, Duration interval, Duration timeout, Duration startPeriod, int retries) {
    public HealthCheck {
        test = List.copyOf(test);
        if (test.isEmpty() || !(test.get(0).equals("CMD") || test.get(0).equals("CMD-SHELL"))) {
            throw new IllegalArgumentException("health check test must start with CMD or CMD-SHELL: " + test);
        }
    }

    public static HealthCheck exec(String... argv) {
        List<String> test = new ArrayList<>();
        test.add("CMD");
        test.addAll(List.of(argv));
        return new HealthCheck(test, Duration.ofSeconds(10), Duration.ofSeconds(5), Duration.ofSeconds(30), 6);
    }

    public static HealthCheck shell(String script) {
        return new HealthCheck(List.of("CMD-SHELL", script), Duration.ofSeconds(10), Duration.ofSeconds(5), Duration.ofSeconds(30), 6);
    }

    /**
     * An HTTP GET with the image's own Python, for Python images without curl or wget: fails on a connection error
     * or any status of 400 and above.
     */
    public static HealthCheck pythonHttpGet(String url) {
        return exec("python3", "-c", "import urllib.request; urllib.request.urlopen('" + url + "', timeout=4)");
    }

    public HealthCheck withStartPeriod(Duration period) {
        return new HealthCheck(test, interval, timeout, period, retries);
    }

    /** For probes that start a heavy process (a Python CLI importing its application takes seconds on a busy host). */
    public HealthCheck withTimeout(Duration probeTimeout) {
        return new HealthCheck(test, interval, probeTimeout, startPeriod, retries);
    }

    /** Longest time a healthy start can take: start period plus every retry. */
    public Duration worstCaseStart() {
        return startPeriod.plus(interval.plus(timeout).multipliedBy(retries));
    }
}
