package com.onering.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The options of {@code onering plan} and {@code onering plan diff}; {@link #parse} refuses anything else by name.
 * {@code base} is a plan file (one stack) or a folder of {@code <stack>.json} plans (any number of stacks).
 */
record PlanOptions(List<String> stacks, Path configFile, String format, Path out, boolean withFileContents, Path base) {
    PlanOptions {
        stacks = List.copyOf(stacks);
    }

    /** The one stack of a plan (a diff may have several). */
    String stack() {
        return stacks.get(0);
    }

    /** {@code diff}: the default format is Markdown (a pull-request comment), JSON otherwise. */
    static PlanOptions parse(List<String> args, boolean diff) {
        List<String> stacks = new ArrayList<>();
        String format = diff ? "markdown" : "json";
        Path out = null;
        Path configFile = null;
        Path base = null;
        boolean withFileContents = false;
        for (int i = 0; i < args.size(); i++) {
            String option = args.get(i);
            if (option.equals("--with-file-contents")) {
                withFileContents = true;
                continue;
            }
            if (i + 1 >= args.size()) {
                throw new IllegalArgumentException(option.startsWith("--") ? option + " needs a value" : "unknown option " + option);
            }
            String value = args.get(++i);
            switch (option) {
                case "--stack" -> stacks.add(value);
                case "--format" -> format = value;
                case "--out" -> out = Path.of(value);
                case "--config-file" -> configFile = Path.of(value);
                case "--base" -> base = Path.of(value);
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        if (stacks.isEmpty()) {
            throw new IllegalArgumentException("--stack is required");
        }
        if (stacks.size() > 1 && !diff) {
            throw new IllegalArgumentException("a plan is of one stack; give one --stack (plan diff takes several)");
        }
        if (stacks.size() > 1 && configFile != null) {
            throw new IllegalArgumentException("--config-file names the config of one stack; give one --stack with it");
        }
        if (stacks.stream().distinct().count() < stacks.size()) {
            throw new IllegalArgumentException("a --stack is given twice");
        }
        if (!format.equals("json") && !format.equals("markdown")) {
            throw new IllegalArgumentException("--format is json or markdown, not " + format);
        }
        return new PlanOptions(stacks, configFile, format, out, withFileContents, base);
    }
}
