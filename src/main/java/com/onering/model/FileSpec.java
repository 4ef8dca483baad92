package com.onering.model;

/**
 * A file placed into a workload before it starts. The content may contain {@code {{secret:name}}} placeholders,
 * in which case the target delivers it as a secret.
 */
public record FileSpec(String containerPath, String content, boolean executable) {
    /**
     * Where secrets are placed as files ({@code WorkloadSpec.Builder.secretFile}): unlike environment values, files
     * are not shown by {@code docker inspect} to whoever reaches the Docker API.
     */
    public static final String SECRETS_DIR = "/run/secrets/onering/";

    public static FileSpec of(String containerPath, String content) {
        return new FileSpec(containerPath, content, false);
    }
}
