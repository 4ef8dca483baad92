package com.onering.components.observability;

import com.onering.model.ComponentSpec;
import com.onering.model.FileSpec;
import com.onering.model.HealthCheck;
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
 * statsd_exporter for Airflow: Airflow emits StatsD over UDP (built in, no extra packages), the exporter maps the
 * names to labelled Prometheus metrics. Airflow turns its StatsD output on when this profile is selected.
 */
public final class AirflowStatsdExporter implements Component {
    public static final String HOST = "airflow-statsd";
    public static final int STATSD_PORT = 9125;
    static final ImageSource IMAGE = new ImageSource.Pulled("docker.io/prom/statsd-exporter", "v0.29.0");
    private static final String MAPPING_PATH = "/etc/statsd-exporter/airflow-mapping.yml";

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
                .command("--statsd.mapping-config=" + MAPPING_PATH, "--statsd.listen-udp=:" + STATSD_PORT,
                        "--web.listen-address=:9102")
                .file(FileSpec.of(MAPPING_PATH, context.files().read("statsd-exporter/airflow-mapping.yml")))
                .port(new PortSpec("statsd", STATSD_PORT, null, PortSpec.Protocol.UDP, PortSpec.Reach.PUBLISH_ADDRESS, false))
                .port(PortSpec.internal("metrics", 9102))
                // Prometheus images are busybox-based: wget, no curl.
                .health(HealthCheck.exec("wget", "-q", "-O", "/dev/null", "http://127.0.0.1:9102/metrics"))
                .metrics("metrics", "/metrics")
                .memory(MemorySize.mebibytes(64))
                .build();
        return new ComponentSpec(name(), profile(), "onering:observability:AirflowStatsdExporter", List.of(exporter),
                List.of(), List.of(), List.of(), Map.of());
    }
}
