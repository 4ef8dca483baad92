package com.onering.components.storage;

import com.onering.model.ComponentSpec;
import com.onering.model.FileSpec;
import com.onering.model.HealthCheck;
import com.onering.model.ImageSource;
import com.onering.model.MemorySize;
import com.onering.model.PortSpec;
import com.onering.model.Profile;
import com.onering.model.SecretSpec;
import com.onering.model.Template;
import com.onering.model.VolumeSpec;
import com.onering.model.WorkloadSpec;
import com.onering.platform.Component;
import com.onering.platform.PlatformContext;
import java.util.List;
import java.util.Map;

/**
 * The Redis-protocol store: Celery broker, Feast online store, Infisical cache. Runs Valkey (BSD licensed,
 * drop-in for {@code redis://} clients) rather than Redis 8 (AGPL).
 */
public final class Redis implements Component {
    public static final String HOST = "redis";
    public static final int PORT = 6379;
    public static final String PASSWORD = "redis-password";
    static final ImageSource IMAGE = new ImageSource.Pulled("docker.io/valkey/valkey", "9.0.7");
    private static final String CONFIG_PATH = "/usr/local/etc/valkey/valkey.conf";

    /** Logical database per consumer, so Celery, Feast and Infisical never share keys. */
    public static String url(int database) {
        return "redis://:" + Template.secret(PASSWORD) + "@" + HOST + ":" + PORT + "/" + database;
    }

    @Override
    public String name() {
        return "redis";
    }

    @Override
    public Profile profile() {
        return Profile.CORE;
    }

    @Override
    public ComponentSpec describe(PlatformContext context) {
        WorkloadSpec server = WorkloadSpec.service("redis", IMAGE)
                // The password lives in a config file, not on the command line where `ps` would show it.
                .command("valkey-server", CONFIG_PATH)
                .file(FileSpec.of(CONFIG_PATH, context.files().read("redis/valkey.conf") + "requirepass " + Template.secret(PASSWORD) + "\n"))
                .port(PortSpec.published("redis", PORT, PORT))
                .volume(VolumeSpec.data("redis-data", "/data"))
                // The probe takes the password from the config file into the CLI's environment (REDISCLI_AUTH), so it is
                // neither in the container's environment nor on a command line; valkey-cli exits 0 even on NOAUTH, so the
                // probe checks the answer itself.
                .health(HealthCheck.shell("REDISCLI_AUTH=\"$(sed -n 's/^requirepass //p' " + CONFIG_PATH + ")\" valkey-cli ping | grep -q PONG"))
                .memory(MemorySize.mebibytes(128))
                .dataStore()
                .build();
        return new ComponentSpec(name(), profile(), "onering:storage:Redis", List.of(server),
                List.of(SecretSpec.password(PASSWORD)), List.of(), List.of(),
                Map.of("redisUrl", "redis://:" + Template.secret(PASSWORD) + "@" + Template.endpoint("redis", "redis") + "/0"));
    }
}
