package com.onering.cli;

import com.onering.smoke.SmokeChecks;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The options of {@code onering smoke}; {@link #parse} refuses anything else by name. No {@code --day}: every day. */
record SmokeOptions(String stack, Path configFile, Set<Integer> days) {
    SmokeOptions {
        days = Set.copyOf(days);
    }

    static SmokeOptions parse(List<String> args) {
        String stack = null;
        Path configFile = null;
        Set<Integer> days = new TreeSet<>();
        for (int i = 0; i < args.size(); i++) {
            String option = args.get(i);
            if (i + 1 >= args.size()) {
                throw new IllegalArgumentException(option.startsWith("--") ? option + " needs a value" : "unknown option " + option);
            }
            String value = args.get(++i);
            switch (option) {
                case "--stack" -> stack = value;
                case "--config-file" -> configFile = Path.of(value);
                case "--day" -> {
                    if (!value.matches("[1-5]")) {
                        throw new IllegalArgumentException("--day is one of seed 002's days 1 to 5, not " + value);
                    }
                    days.add(Integer.parseInt(value));
                }
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        if (stack == null) {
            throw new IllegalArgumentException("--stack is required");
        }
        return new SmokeOptions(stack, configFile, days.isEmpty() ? SmokeChecks.DAYS : days);
    }
}
