package com.onering.config;

/** One thing wrong with the stack config, named by the config key the user has to fix. */
public record ConfigProblem(String key, String message) {
    public static final String NAMESPACE = "onering";

    public static ConfigProblem of(String key, String message) {
        return new ConfigProblem(NAMESPACE + ":" + key, message);
    }

    @Override
    public String toString() {
        return key + ": " + message;
    }
}
