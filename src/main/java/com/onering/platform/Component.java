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
}
