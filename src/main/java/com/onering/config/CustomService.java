package com.onering.config;

import com.onering.model.HealthCheck;
import com.onering.model.MemorySize;
import com.onering.model.PortSpec;
import com.onering.model.Profile;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A container a user adds in {@code onering:customServices} without touching Java: validated like the rest of the
 * config and deployed like any component. {@code ports} maps port name to {@code containerPort[:hostPort]};
 * {@code healthCommand} is in Docker's form ({@code ["CMD", argv...]} or {@code ["CMD-SHELL", script]}).
 */
public record CustomService(String name, String image, Profile profile, Map<String, String> ports, Map<String, String> env,
                            List<String> secrets, List<String> dependsOn, MemorySize memory, List<String> healthCommand) {
    /** {@code containerPort} or {@code containerPort:hostPort}. */
    static final Pattern PORT_SYNTAX = Pattern.compile("^(\\d{1,5})(?::(\\d{1,5}))?$");

    public CustomService {
        ports = Map.copyOf(ports);
        env = Map.copyOf(env);
        secrets = List.copyOf(secrets);
        dependsOn = List.copyOf(dependsOn);
        healthCommand = List.copyOf(healthCommand);
    }

    /** The ports as the model knows them, in name order; a host port makes the port published. */
    public List<PortSpec> portSpecs() {
        return ports.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(e -> {
            Matcher m = PORT_SYNTAX.matcher(e.getValue());
            if (!m.matches()) {
                throw new IllegalStateException("port " + e.getKey() + " of " + name + " was not validated: " + e.getValue());
            }
            int container = Integer.parseInt(m.group(1));
            return m.group(2) == null ? PortSpec.internal(e.getKey(), container)
                    : PortSpec.published(e.getKey(), container, Integer.parseInt(m.group(2)));
        }).toList();
    }

    public HealthCheck health() {
        return healthCommand.get(0).equals("CMD-SHELL")
                ? HealthCheck.shell(healthCommand.get(1))
                : HealthCheck.exec(healthCommand.subList(1, healthCommand.size()).toArray(String[]::new));
    }
}
