package com.onering.pipelines;

/**
 * A pipeline as its {@code pipeline.yaml} declares it: a title for people, and how many days its temporary data
 * ({@code temp/} in its bucket) is kept before the daily cleanup removes it.
 */
public record Pipeline(PipelineName name, String title, int tempRetentionDays) {
    public static final int MAX_RETENTION_DAYS = 3650;

    public Pipeline {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("pipeline " + name + " needs a title");
        }
        if (tempRetentionDays < 1 || tempRetentionDays > MAX_RETENTION_DAYS) {
            throw new IllegalArgumentException("pipeline " + name + ": temp retention must be 1 to " + MAX_RETENTION_DAYS + " days");
        }
    }
}
