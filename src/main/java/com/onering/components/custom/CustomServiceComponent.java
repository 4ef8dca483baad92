package com.onering.components.custom;

import com.onering.config.CustomService;
import com.onering.model.ComponentSpec;
import com.onering.model.Dependency;
import com.onering.model.ImageSource;
import com.onering.model.Profile;
import com.onering.model.SecretSpec;
import com.onering.model.WorkloadSpec;
import com.onering.platform.Component;
import com.onering.platform.PlatformContext;
import java.util.List;
import java.util.Map;

/**
 * One service from {@code onering:customServices}: a single container that waits for the workloads it names to be
 * healthy and gets its listed secrets generated like any platform secret. The config loader has validated it.
 */
public final class CustomServiceComponent implements Component {
    private final CustomService service;

    public CustomServiceComponent(CustomService service) {
        this.service = service;
    }

    @Override
    public String name() {
        return service.name();
    }

    @Override
    public Profile profile() {
        return service.profile();
    }

    @Override
    public ComponentSpec describe(PlatformContext context) {
        ImageSource image = ImageSource.Pulled.parse(service.image())
                .orElseThrow(() -> new IllegalStateException("image of " + service.name() + " was not validated: " + service.image()));
        WorkloadSpec.Builder workload = WorkloadSpec.service(service.name(), image)
                .env(service.env())
                .health(service.health())
                .memory(service.memory())
                .dependsOn(service.dependsOn().stream().map(Dependency::healthy).toList());
        service.portSpecs().forEach(workload::port);
        return new ComponentSpec(name(), profile(), "onering:custom:Service", List.of(workload.build()),
                service.secrets().stream().map(SecretSpec::password).toList(), List.of(), List.of(), Map.of());
    }
}
