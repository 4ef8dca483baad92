package com.onering.cli;

import java.nio.file.Path;
import java.util.List;

/** The options of {@code onering plan} and {@code onering plan diff}; {@link #parse} refuses anything else by name. */
record PlanOptions(String stack, Path configFile, String format, Path out, boolean withFileContents, Path base) {

    /** {@code diff}: the default format is Markdown (a pull-request comment), JSON otherwise. */
    static PlanOptions parse(List<String> args, boolean diff) {
        String stack = null;
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
                case "--stack" -> stack = value;
                case "--format" -> format = value;
                case "--out" -> out = Path.of(value);
                case "--config-file" -> configFile = Path.of(value);
                case "--base" -> base = Path.of(value);
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        if (stack == null) {
            throw new IllegalArgumentException("--stack is required");
        }
        if (!format.equals("json") && !format.equals("markdown")) {
            throw new IllegalArgumentException("--format is json or markdown, not " + format);
        }
        return new PlanOptions(stack, configFile, format, out, withFileContents, base);
    }
}
