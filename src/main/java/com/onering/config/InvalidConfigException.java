package com.onering.config;

import java.util.List;
import java.util.stream.Collectors;

/** The stack config cannot be deployed; carries every problem found, not just the first. */
public final class InvalidConfigException extends RuntimeException {
    private final transient List<ConfigProblem> problems;

    public InvalidConfigException(List<ConfigProblem> problems) {
        super(render(problems));
        this.problems = List.copyOf(problems);
    }

    public List<ConfigProblem> problems() {
        return problems;
    }

    private static String render(List<ConfigProblem> problems) {
        return "invalid stack config (" + problems.size() + (problems.size() == 1 ? " problem" : " problems")
                + "); nothing was deployed:\n" + problems.stream().map(p -> "  - " + p).collect(Collectors.joining("\n"));
    }
}
