package com.onering.platform;

import com.onering.config.PlatformConfig;

/** What a component may look at when it describes itself. */
public record PlatformContext(PlatformConfig config, ConfigFiles files) {
}
