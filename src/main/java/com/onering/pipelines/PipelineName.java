package com.onering.pipelines;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The name of a pipeline: a folder under {@code pipelines/}, a Python package, a PostgreSQL database and role, and
 * (with '-' for '_') a bucket and a container. One rule keeps all of them valid.
 */
public record PipelineName(String value) {
    private static final Pattern SYNTAX = Pattern.compile("^[a-z][a-z0-9]*(_[a-z0-9]+)*$");
    private static final int MIN_LENGTH = 3;
    /** Leaves room for the longest derived name ({@code pipeline-<name>}, a bucket) within S3's 63 characters. */
    private static final int MAX_LENGTH = 40;

    public PipelineName {
        syntaxProblem(value).ifPresent(problem -> {
            throw new IllegalArgumentException("pipeline name '" + value + "' " + problem);
        });
    }

    /** Why {@code candidate} cannot name a pipeline, if it cannot. */
    public static Optional<String> syntaxProblem(String candidate) {
        if (candidate == null || candidate.length() < MIN_LENGTH || candidate.length() > MAX_LENGTH) {
            return Optional.of("must be " + MIN_LENGTH + " to " + MAX_LENGTH + " characters long");
        }
        if (!SYNTAX.matcher(candidate).matches()) {
            return Optional.of("must be lower-case letters and digits in words joined by single underscores, starting "
                    + "with a letter (e.g. sales_analytics)");
        }
        return Optional.empty();
    }

    /** The name with '-' for '_': containers and buckets. */
    public String dashed() {
        return value.replace('_', '-');
    }

    /** The pipeline's Dagster code location: its container, network alias and workspace entry. */
    public String codeLocation() {
        return "pipeline-" + dashed();
    }

    /** The pipeline's own bucket. */
    public String bucket() {
        return "pipeline-" + dashed();
    }

    /** The pipeline's own PostgreSQL database, and the login role that owns it and nothing else. */
    public String database() {
        return "pl_" + value;
    }

    public String databasePasswordSecret() {
        return "pipeline-" + dashed() + "-db-password";
    }

    public String accessKeySecret() {
        return "pipeline-" + dashed() + "-s3-access-key";
    }

    public String secretKeySecret() {
        return "pipeline-" + dashed() + "-s3-secret-key";
    }

    @Override
    public String toString() {
        return value;
    }
}
