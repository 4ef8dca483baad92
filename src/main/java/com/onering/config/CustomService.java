package com.onering.config;

import com.onering.model.MemorySize;
import com.onering.model.Profile;
import java.util.List;
import java.util.Map;

/**
 * A container a user adds in {@code onering:customServices} without touching Java: validated like the rest of the
 * config and deployed like any component. {@code ports} maps port name to {@code containerPort[:hostPort]}.
 */
public record CustomService(String name, String image, Profile profile, Map<String, String> ports, Map<String, String> env,
                            List<String> secrets, List<String> dependsOn, MemorySize memory, List<String> healthCommand) {
    public CustomService {
        ports = Map.copyOf(ports);
        env = Map.copyOf(env);
        secrets = List.copyOf(secrets);
        dependsOn = List.copyOf(dependsOn);
        healthCommand = List.copyOf(healthCommand);
    }
}
