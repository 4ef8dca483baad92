package com.onering.platform;

import com.onering.model.ComponentSpec;
import com.onering.model.Profile;

/**
 * A platform component. Implementations are small, stateless and registered once in the catalog;
 * {@link #describe} derives the whole description from the typed stack config.
 */
public interface Component {
    String name();

    Profile profile();

    ComponentSpec describe(PlatformContext context);

    /**
     * Finishes the description once the deployed components are known, for components that observe the rest of the
     * platform (Prometheus scrapes every workload that declares metrics). {@code platform} holds every deployed
     * component as described, overrides applied; added dependencies may only name workloads it deploys. A workload it
     * rebuilds keeps the stack's overrides (memory, host ports): the assembler carries them over.
     */
    default ComponentSpec completeWith(ComponentSpec described, Platform platform) {
        return described;
    }
}
