package com.onering.hooks;

import java.io.PrintStream;
import java.util.EnumMap;
import java.util.Map;

/** One line per object a hook touched, then a summary line with the counts. */
public final class HookReport {
    public enum Action { CREATED, UPDATED, UNCHANGED, DELETED }

    private final String hook;
    private final PrintStream out;
    private final Map<Action, Integer> counts = new EnumMap<>(Action.class);

    public HookReport(String hook, PrintStream out) {
        this.hook = hook;
        this.out = out;
        for (Action action : Action.values()) {
            counts.put(action, 0);
        }
    }

    public void record(Action action, String kind, String object) {
        counts.merge(action, 1, Integer::sum);
        out.println(hook + ": " + action.name().toLowerCase(java.util.Locale.ROOT) + " " + kind + " " + object);
    }

    public int count(Action action) {
        return counts.get(action);
    }

    public String summary() {
        return hook + ": " + count(Action.CREATED) + " created, " + count(Action.UPDATED) + " updated, "
                + count(Action.UNCHANGED) + " unchanged, " + count(Action.DELETED) + " deleted";
    }
}
