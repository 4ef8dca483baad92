package com.onering.components.observability;

import com.onering.components.storage.Redis;
import com.onering.model.ComponentSpec;
import com.onering.model.Dependency;
import com.onering.model.HealthCheck;
import com.onering.model.ImageSource;
import com.onering.model.MemorySize;
import com.onering.model.PortSpec;
import com.onering.model.Profile;
import com.onering.model.Template;
import com.onering.model.WorkloadSpec;
import com.onering.platform.Component;
import com.onering.platform.PlatformContext;
import java.util.List;
import java.util.Map;

/** oliver006 redis_exporter: memory, clients, keyspace and command statistics of the Valkey store. */
public final class RedisExporter implements Component {
    // The default tag is FROM scratch; the -alpine tag has busybox wget for the probe.
    static final ImageSource IMAGE = new ImageSource.Pulled("docker.io/oliver006/redis_exporter", "v1.89.0-alpine");

    @Override
    public String name() {
        return "redis-exporter";
    }

    @Override
    public Profile profile() {
        return Profile.OBSERVABILITY;
    }

    @Override
    public ComponentSpec describe(PlatformContext context) {
        WorkloadSpec exporter = WorkloadSpec.service("redis-exporter", IMAGE)
                .env("REDIS_ADDR", "redis://" + Redis.HOST + ":" + Redis.PORT)
                .env("REDIS_PASSWORD", Template.secret(Redis.PASSWORD))
                .port(PortSpec.internal("metrics", 9121))
                .health(HealthCheck.exec("wget", "-q", "-O", "/dev/null", "http://127.0.0.1:9121/health"))
                .metrics("metrics", "/metrics")
                .dependsOn(Dependency.healthy(Redis.HOST))
                .memory(MemorySize.mebibytes(64))
                .build();
        return new ComponentSpec(name(), profile(), "onering:observability:RedisExporter", List.of(exporter), List.of(),
                List.of(), List.of(), Map.of());
    }
}
