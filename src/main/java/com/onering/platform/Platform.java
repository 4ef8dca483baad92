package com.onering.platform;

import com.onering.config.PlatformConfig;
import com.onering.model.ComponentSpec;
import com.onering.model.Dependency;
import com.onering.model.HookSpec;
import com.onering.model.MemorySize;
import com.onering.model.PortSpec;
import com.onering.model.Profile;
import com.onering.model.SecretSpec;
import com.onering.model.Tier;
import com.onering.model.WorkloadKind;
import com.onering.model.WorkloadSpec;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The components a stack deploys, in dependency order, with config overrides applied. Target-neutral. */
public record Platform(PlatformConfig config, List<ComponentSpec> components) {

    public Platform {
        components = List.copyOf(components);
    }

    public List<WorkloadSpec> workloads() {
        return components.stream().flatMap(c -> c.workloads().stream()).toList();
    }

    public Optional<WorkloadSpec> workload(String name) {
        return workloads().stream().filter(w -> w.name().equals(name)).findFirst();
    }

    /** A port an endpoint names; the assembler has checked every {@code {{endpoint:…}}}, so a miss is a program error. */
    public PortSpec port(String workload, String portName) {
        return workload(workload).flatMap(w -> w.port(portName))
                .orElseThrow(() -> new IllegalStateException("no port " + portName + " on " + workload));
    }

    /**
     * The data stores a workload may reach: those it depends on, directly or through the workloads it depends on (an
     * application that waits for a migration job talks to the job's database). Docker puts such a workload on the data
     * network; a cluster admits it in each store's network policy.
     */
    public Set<String> dataStoresReachedBy(WorkloadSpec workload) {
        Set<String> stores = new TreeSet<>();
        for (Dependency dependency : workload.dependsOn()) {
            workload(dependency.workload()).ifPresent(upstream -> {
                if (upstream.tier() == Tier.DATA_STORE) {
                    stores.add(upstream.name());
                }
                stores.addAll(dataStoresReachedBy(upstream));
            });
        }
        return stores;
    }

    public Optional<ComponentSpec> component(String name) {
        return components.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** The hook {@code name} a deployed component declares. */
    public Optional<HookSpec> hook(String name) {
        return components.stream().flatMap(c -> c.hooks().stream()).filter(h -> h.hook().equals(name)).findFirst();
    }

    /** Every secret the deployed components declare, each once, by name. */
    public Map<String, SecretSpec> secrets() {
        Map<String, SecretSpec> secrets = new LinkedHashMap<>();
        components.forEach(c -> c.secrets().forEach(s -> secrets.putIfAbsent(s.name(), s)));
        return secrets;
    }

    /** Memory limits summed per profile of the component that brings each workload. */
    public Map<Profile, MemorySize> memoryByProfile() {
        Map<Profile, MemorySize> totals = new EnumMap<>(Profile.class);
        for (ComponentSpec c : components) {
            for (WorkloadSpec w : c.workloads()) {
                totals.merge(c.profile(), w.memory(), MemorySize::plus);
            }
        }
        return totals;
    }

    /**
     * The memory the platform can hold at once: every service, plus the largest job. A job (migrations, dbt builds)
     * runs to completion and frees its memory; the services that wait for it are not running yet, so counting each
     * job on top of every service would refuse hosts that fit.
     */
    public MemorySize totalMemory() {
        MemorySize services = workloads().stream().filter(w -> w.kind() == WorkloadKind.SERVICE).map(WorkloadSpec::memory)
                .reduce(new MemorySize(0), MemorySize::plus);
        MemorySize largestJob = workloads().stream().filter(w -> w.kind() == WorkloadKind.JOB).map(WorkloadSpec::memory)
                .max(MemorySize::compareTo).orElse(new MemorySize(0));
        return services.plus(largestJob);
    }
}
