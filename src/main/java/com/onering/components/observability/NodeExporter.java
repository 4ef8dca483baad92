package com.onering.components.observability;

import com.onering.model.ComponentSpec;
import com.onering.model.HealthCheck;
import com.onering.model.HostMount;
import com.onering.model.ImageSource;
import com.onering.model.MemorySize;
import com.onering.model.PortSpec;
import com.onering.model.Profile;
import com.onering.model.WorkloadSpec;
import com.onering.platform.Component;
import com.onering.platform.PlatformContext;
import java.util.List;
import java.util.Map;

/**
 * Prometheus node_exporter: the disk and memory of the machine that runs the containers, for the host alerts
 * ({@link AlertRules}). It sees the host's root filesystem read-only under {@code /host}, where Docker keeps the
 * platform's volumes unless its data root is elsewhere, and reads the host's memory from {@code /proc/meminfo}, which
 * a container shares with its host. Only the collectors the alerts need run.
 */
public final class NodeExporter implements Component {
    public static final String HOST = "node-exporter";
    static final int PORT = 9100;
    static final ImageSource IMAGE = new ImageSource.Pulled("docker.io/prom/node-exporter", "v1.12.1");

    @Override
    public String name() {
        return HOST;
    }

    @Override
    public Profile profile() {
        return Profile.OBSERVABILITY;
    }

    @Override
    public ComponentSpec describe(PlatformContext context) {
        WorkloadSpec exporter = WorkloadSpec.service(HOST, IMAGE)
                .command("--path.rootfs=" + HostMount.ROOT_FILESYSTEM.containerPath(),
                        "--collector.disable-defaults",
                        "--collector.filesystem", "--collector.meminfo", "--collector.loadavg", "--collector.cpu",
                        // The host's root filesystem only: the container's own mounts (its overlay root, the bind
                        // mounts of /etc/hosts and friends) would report the same disk again under other names.
                        "--collector.filesystem.mount-points-include=^/$",
                        "--web.listen-address=:" + PORT)
                .hostMount(HostMount.ROOT_FILESYSTEM)
                .port(PortSpec.internal("metrics", PORT))
                // busybox base: wget, no curl.
                .health(HealthCheck.exec("wget", "-q", "-O", "/dev/null", "http://127.0.0.1:" + PORT + "/"))
                .metrics("metrics", "/metrics")
                .memory(MemorySize.mebibytes(48))
                .build();
        return new ComponentSpec(name(), profile(), "onering:observability:NodeExporter", List.of(exporter), List.of(), List.of(),
                List.of(), Map.of());
    }
}
