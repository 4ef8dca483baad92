package com.onering.model;

import java.nio.file.Path;
import java.util.Set;

/**
 * Files tools write beside the sources (Python bytecode, dbt's target/, logs/ and user id): never part of an image's
 * content hash, a placed folder or a new pipeline, so a plan is the same before and after the tests ran.
 */
public final class GeneratedFiles {
    private static final Set<String> FOLDERS = Set.of("__pycache__", "target", "logs", "dbt_packages");
    private static final Set<String> FILES = Set.of(".user.yml");

    private GeneratedFiles() {
    }

    /** Whether {@code relative} (a path below a source folder) was written by a tool. */
    public static boolean contains(Path relative) {
        for (Path part : relative) {
            if (FOLDERS.contains(part.toString())) {
                return true;
            }
        }
        return FILES.contains(relative.getFileName().toString());
    }
}
