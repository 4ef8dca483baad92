package com.onering.platform;

import com.onering.config.PlatformConfig;
import com.onering.pipelines.PipelineFolders.Declared;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a component may look at when it describes itself: the stack's config, the project's files, and the declarations
 * of the pipelines the stack lists (by name, in the stack's order), read once for the whole assembly.
 */
public record PlatformContext(PlatformConfig config, ConfigFiles files, Map<String, Declared> pipelines) {
    public PlatformContext {
        pipelines = Collections.unmodifiableMap(new LinkedHashMap<>(pipelines));
    }

    public PlatformContext(PlatformConfig config, ConfigFiles files) {
        this(config, files, declarations(config, files));
    }

    private static Map<String, Declared> declarations(PlatformConfig config, ConfigFiles files) {
        Map<String, Declared> declared = new LinkedHashMap<>();
        config.pipelines().forEach(name -> declared.computeIfAbsent(name, files.pipelines()::read));
        return declared;
    }
}
