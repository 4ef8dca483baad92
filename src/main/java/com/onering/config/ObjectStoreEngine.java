package com.onering.config;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The S3-compatible server the platform runs on one Docker host (MinIO images are gone, Ceph's demo image is frozen). */
public enum ObjectStoreEngine {
    GARAGE, SEAWEEDFS;

    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ObjectStoreEngine> fromConfigName(String name) {
        return Arrays.stream(values()).filter(e -> e.configName().equals(name)).findFirst();
    }
}
