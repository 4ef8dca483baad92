package com.onering.platform;

import com.onering.model.ComponentSpec;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import java.util.Map;

/** The Pulumi component resource of one platform component ({@code onering:<domain>:<Type>}); its resources are children. */
public final class PlatformComponent extends ComponentResource {
    private final ComponentSpec spec;

    public PlatformComponent(ComponentSpec spec) {
        super(spec.typeToken(), spec.name(), ComponentResourceOptions.Empty);
        this.spec = spec;
    }

    public ComponentSpec spec() {
        return spec;
    }

    /** Marks the component complete once its children are declared. */
    public void complete() {
        registerOutputs(Map.of());
    }
}
