package com.onering.assembly;

import com.onering.config.ConfigLoader;
import com.onering.config.ConfigProblem;
import com.onering.config.ConfigSource;
import com.onering.config.InvalidConfigException;
import com.onering.platform.ConfigFiles;
import com.onering.platform.Platform;
import com.onering.platform.PlatformContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Every check of a stack's config, reported together: the file itself and each setting (config loader), then what
 * needs the catalog (assembler: unknown components, ports and secrets, port clashes, memory budget, allowed groups,
 * custom services' names and dependencies). The user fixes everything in one round instead of one stage per run.
 */
public final class StackValidation {
    private StackValidation() {
    }

    /** The assembled platform, or {@link InvalidConfigException} listing the problems of every stage. */
    public static Platform validate(ConfigSource source, String stack, ConfigFiles files) {
        ConfigLoader.Loaded loaded = ConfigLoader.read(source, stack);
        List<ConfigProblem> problems = new ArrayList<>(loaded.problems());
        Platform platform = null;
        try {
            platform = new PlatformAssembler(ComponentCatalog.all()).assemble(new PlatformContext(loaded.config(), files));
        } catch (InvalidConfigException e) {
            e.problems().stream().filter(p -> !followsFrom(p, loaded.problems())).forEach(problems::add);
        }
        if (!problems.isEmpty()) {
            throw new InvalidConfigException(problems);
        }
        return platform;
    }

    /**
     * Whether an assembler problem is only a consequence of one the loader reported: the same setting (or one inside
     * it), or anything about custom services once one was rejected (the rejected one is missing from the assembly, so
     * its dependants would be reported as depending on an unknown workload).
     */
    private static boolean followsFrom(ConfigProblem problem, List<ConfigProblem> loaderProblems) {
        String customServices = ConfigProblem.of("customServices", "").key();
        return loaderProblems.stream().anyMatch(l -> problem.key().equals(l.key())
                || problem.key().startsWith(l.key() + ".") || l.key().startsWith(problem.key() + ".")
                || (problem.key().startsWith(customServices) && l.key().startsWith(customServices)));
    }
}
