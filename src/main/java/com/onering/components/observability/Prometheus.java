package com.onering.components.observability;

import com.onering.model.ComponentSpec;
import com.onering.model.Dependency;
import com.onering.model.FileSpec;
import com.onering.model.HealthCheck;
import com.onering.model.ImageSource;
import com.onering.model.MemorySize;
import com.onering.model.MetricsSpec;
import com.onering.model.PortSpec;
import com.onering.model.Profile;
import com.onering.model.Template;
import com.onering.model.VolumeSpec;
import com.onering.model.WorkloadSpec;
import com.onering.platform.Component;
import com.onering.platform.Platform;
import com.onering.platform.PlatformContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Prometheus, with a scrape configuration generated from the deployed platform: one job per workload that declares
 * metrics, at its in-network address. Also receives Tempo's span metrics (remote write) and the collector's OTLP
 * metrics.
 */
public final class Prometheus implements Component {
    public static final String HOST = "prometheus";
    public static final int PORT = 9090;
    public static final String CONFIG_PATH = "/etc/prometheus/prometheus.yml";
    static final ImageSource IMAGE = new ImageSource.Pulled("docker.io/prom/prometheus", "v3.14.0");

    /** The query and API address inside the platform. */
    public static String url() {
        return "http://" + HOST + ":" + PORT;
    }

    public static String remoteWriteUrl() {
        return url() + "/api/v1/write";
    }

    /** The OTLP/HTTP base of Prometheus's native receiver; exporters append {@code /v1/metrics}. */
    public static String otlpEndpoint() {
        return url() + "/api/v1/otlp";
    }

    @Override
    public String name() {
        return "prometheus";
    }

    @Override
    public Profile profile() {
        return Profile.OBSERVABILITY;
    }

    @Override
    public ComponentSpec describe(PlatformContext context) {
        return spec(server(List.of(), "groups: []\n", false));
    }

    /**
     * Scrapes every deployed workload that declares metrics; it needs them to exist, not to be healthy. The stack's
     * overrides were applied to the described server (memory, published port), so they are kept.
     */
    @Override
    public ComponentSpec completeWith(ComponentSpec described, Platform platform) {
        List<WorkloadSpec> targets = platform.workloads().stream().filter(w -> w.metrics().isPresent()).toList();
        return spec(server(targets, AlertRules.file(platform, targets), platform.workload(Alertmanager.HOST).isPresent()));
    }

    private ComponentSpec spec(WorkloadSpec server) {
        return new ComponentSpec(name(), profile(), "onering:observability:Prometheus", List.of(server), List.of(), List.of(),
                List.of(), Map.of("prometheusUrl", "http://" + Template.endpoint(HOST, "http")));
    }

    private static WorkloadSpec server(List<WorkloadSpec> targets, String rules, boolean alertmanager) {
        WorkloadSpec.Builder server = WorkloadSpec.service(HOST, IMAGE)
                // Overriding the command drops the image's defaults, so config and storage paths are repeated.
                .command("--config.file=" + CONFIG_PATH,
                        "--storage.tsdb.path=/prometheus",
                        "--storage.tsdb.retention.time=15d",
                        "--storage.tsdb.retention.size=4GB",
                        "--web.enable-remote-write-receiver",
                        "--web.enable-otlp-receiver")
                .file(FileSpec.of(CONFIG_PATH, scrapeConfig(targets, alertmanager)))
                .file(FileSpec.of(AlertRules.PATH, rules))
                .port(PortSpec.published("http", PORT, PORT))
                .volume(VolumeSpec.data("prometheus-data", "/prometheus"))
                // The default image is busybox-based: wget is there, curl is not.
                .health(HealthCheck.exec("wget", "-q", "-O", "/dev/null", "http://127.0.0.1:9090/-/healthy"))
                .ui("http", "/")
                .metrics("http", "/metrics")
                .memory(MemorySize.mebibytes(384));
        targets.stream().filter(t -> !t.name().equals(HOST)).forEach(t -> server.dependsOn(Dependency.started(t.name())));
        if (alertmanager && targets.stream().noneMatch(t -> t.name().equals(Alertmanager.HOST))) {
            server.dependsOn(Dependency.started(Alertmanager.HOST));
        }
        return server.build();
    }

    /** prometheus.yml: itself plus one job per target, named after the workload; the rules, and where alerts go. */
    static String scrapeConfig(List<WorkloadSpec> targets, boolean alertmanager) {
        List<Map<String, Object>> jobs = new ArrayList<>();
        jobs.add(job(HOST, "/metrics", HOST + ":" + PORT, Optional.empty()));
        for (WorkloadSpec target : targets) {
            if (target.name().equals(HOST)) {
                continue;
            }
            MetricsSpec metrics = target.metrics().orElseThrow();
            int port = target.port(metrics.portName()).orElseThrow().containerPort();
            jobs.add(job(target.name(), metrics.path(), target.name() + ":" + port, metrics.bearerTokenSecret()));
        }
        Map<String, Object> global = new LinkedHashMap<>();
        global.put("scrape_interval", "30s");
        global.put("evaluation_interval", "30s");
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("global", global);
        config.put("rule_files", List.of(AlertRules.PATH));
        if (alertmanager) {
            config.put("alerting", Map.of("alertmanagers", List.of(Map.of("static_configs", List.of(Map.of("targets",
                    List.of(Alertmanager.HOST + ":" + Alertmanager.PORT)))))));
        }
        config.put("scrape_configs", jobs);
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        return "# Generated by OneRing from the deployed platform: one job per workload that declares metrics, the alert rules"
                + (alertmanager ? " and the Alertmanager.\n" : ".\n")
                + new Yaml(options).dump(config);
    }

    private static Map<String, Object> job(String name, String path, String address, Optional<String> bearerTokenSecret) {
        Map<String, Object> job = new LinkedHashMap<>();
        job.put("job_name", name);
        job.put("metrics_path", path);
        bearerTokenSecret.ifPresent(secret -> {
            // Ordered: Map.of's order changes per JVM, and a reordered prometheus.yml would replace the container.
            Map<String, Object> authorization = new LinkedHashMap<>();
            authorization.put("type", "Bearer");
            authorization.put("credentials", Template.secret(secret));
            job.put("authorization", authorization);
        });
        job.put("static_configs", List.of(Map.of("targets", List.of(address))));
        return job;
    }
}
