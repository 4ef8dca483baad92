package com.onering.config;

import com.onering.model.MemorySize;
import java.util.Map;
import java.util.Optional;

/** Per-workload settings from {@code onering:overrides.<workload>}: memory limit and published host ports by port name. */
public record WorkloadOverride(Optional<MemorySize> memory, Map<String, Integer> hostPorts) {
    public WorkloadOverride {
        hostPorts = Map.copyOf(hostPorts);
    }
}
