package com.onering.components.dashboard;

import com.onering.components.devtools.Dagster;
import com.onering.components.devtools.Pipelines;
import com.onering.components.observability.Prometheus;
import com.onering.components.orchestration.Airflow;
import com.onering.components.security.OAuth2Proxy;
import com.onering.config.PlatformConfig;
import com.onering.hooks.http.CanonicalJson;
import com.onering.model.ComponentSpec;
import com.onering.model.Dependency;
import com.onering.model.FileSpec;
import com.onering.model.HealthCheck;
import com.onering.model.ImageSource;
import com.onering.model.MemorySize;
import com.onering.model.PortSpec;
import com.onering.model.Profile;
import com.onering.model.Template;
import com.onering.model.WorkloadKind;
import com.onering.model.WorkloadSpec;
import com.onering.platform.Component;
import com.onering.platform.Platform;
import com.onering.platform.PlatformContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The platform dashboard (seed 003's dashboard, on host port 5050), built from {@code config/dashboard/}: every
 * deployed component with the live state of its workloads, probed the way each declares its own health check (its HTTP endpoint, else a
 * connection to its first port); the pipelines with their last Dagster runs; the DAGs with their last Airflow runs,
 * read with Airflow's read-only viewer account; links to every UI; key metrics and firing alerts from Prometheus.
 * What to probe and link is a manifest the platform writes at every deploy, so the dashboard never needs the Docker
 * socket or the cluster API.
 */
public final class PlatformDashboard implements Component {
    public static final String HOST = "dashboard";
    public static final int PORT = 5000;
    /** Seed 003 serves its dashboard on 5000, which MLflow has here (seed 000): published on 5050 instead. */
    public static final int HOST_PORT = 5050;
    static final String MANIFEST = "/etc/onering/dashboard.json";
    /** An HTTP URL a probe calls on the workload itself, as health checks write it. */
    private static final Pattern LOCAL_URL = Pattern.compile("(https?)://(?:127\\.0\\.0\\.1|localhost)(:\\d+)?(/[^\\s'\"]*)?");

    @Override
    public String name() {
        return "dashboard";
    }

    @Override
    public Profile profile() {
        return Profile.OBSERVABILITY;
    }

    @Override
    public ComponentSpec describe(PlatformContext context) {
        ImageSource image = context.files().image("onering/dashboard", "dashboard");
        // The manifest needs the whole platform: completeWith writes it.
        return spec(image, "{}", List.of(), false);
    }

    @Override
    public ComponentSpec completeWith(ComponentSpec described, Platform platform) {
        List<WorkloadSpec> probed = platform.workloads().stream()
                .filter(w -> w.kind() == WorkloadKind.SERVICE && !w.name().equals(HOST)).toList();
        boolean airflow = platform.workload(Airflow.API_SERVER).isPresent();
        return spec(described.workloads().get(0).image(), manifest(platform), probed, airflow);
    }

    private ComponentSpec spec(ImageSource image, String manifest, List<WorkloadSpec> probed, boolean airflow) {
        WorkloadSpec.Builder dashboard = WorkloadSpec.service(HOST, image)
                .file(FileSpec.of(MANIFEST, manifest))
                .port(PortSpec.published("http", PORT, HOST_PORT))
                .health(HealthCheck.pythonHttpGet("http://127.0.0.1:" + PORT + "/healthz"))
                .ui("http", "/")
                .memory(MemorySize.mebibytes(192));
        if (airflow) {
            dashboard.env("ONERING_AIRFLOW_USER", Airflow.VIEWER_USER)
                    .secretFile("ONERING_AIRFLOW_PASSWORD_FILE", Airflow.VIEWER_PASSWORD, Template.secret(Airflow.VIEWER_PASSWORD));
        }
        // Probing a workload needs a network it is on: depending on it joins the dashboard to its networks.
        probed.forEach(w -> dashboard.dependsOn(Dependency.started(w.name())));
        return new ComponentSpec(name(), profile(), "onering:dashboard:PlatformDashboard", List.of(dashboard.build()),
                List.of(), List.of(), List.of(), Map.of());
    }

    /** The manifest config/dashboard/onering_dashboard/manifest.py reads. */
    static String manifest(Platform platform) {
        List<Map<String, Object>> components = new ArrayList<>();
        for (ComponentSpec component : platform.components()) {
            List<Map<String, Object>> workloads = new ArrayList<>();
            for (WorkloadSpec workload : component.workloads()) {
                if (workload.kind() != WorkloadKind.SERVICE) {
                    continue;
                }
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("name", workload.name());
                probe(workload).ifPresent(p -> entry.put("probe", p));
                uiUrl(platform.config(), workload).ifPresent(u -> entry.put("url", u));
                workloads.add(entry);
            }
            if (!workloads.isEmpty()) {
                components.add(Map.of("name", component.name(), "profile", component.profile().configName(), "workloads", workloads));
            }
        }
        List<Map<String, String>> pipelines = platform.component(Pipelines.COMPONENT).stream()
                .flatMap(c -> c.workloads().stream())
                .map(w -> Map.of("name", w.env().get(Pipelines.NAME_SETTING), "title", w.env().get(Pipelines.TITLE_SETTING)))
                .toList();
        Map<String, String> sources = new LinkedHashMap<>();
        platform.workload(Prometheus.HOST).ifPresent(w -> sources.put("prometheus", "http://" + Prometheus.HOST + ":" + Prometheus.PORT));
        platform.workload(Dagster.WEBSERVER).ifPresent(w -> sources.put("dagster", "http://" + Dagster.WEBSERVER + ":" + Dagster.WEBSERVER_PORT));
        platform.workload(Airflow.API_SERVER).ifPresent(w -> sources.put("airflow", "http://" + Airflow.API_SERVER + ":" + Airflow.API_PORT));
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("stack", platform.config().stack());
        manifest.put("components", components);
        manifest.put("pipelines", pipelines);
        manifest.put("sources", sources);
        // Map.of iterates in another order in every JVM: sorted keys keep the file, and so the preview, the same.
        return CanonicalJson.write(manifest) + "\n";
    }

    /**
     * The workload's own health check, turned into a probe from outside: the HTTP URL it calls on itself, at its
     * network alias; else a connection to its first TCP port; else none (a workload without ports shows as unknown).
     */
    static Optional<Map<String, String>> probe(WorkloadSpec workload) {
        Optional<String> check = workload.health().map(h -> String.join(" ", h.test()));
        if (check.isPresent()) {
            Matcher url = LOCAL_URL.matcher(check.get());
            if (url.find()) {
                String port = url.group(2) == null ? "" : url.group(2);
                String path = url.group(3) == null ? "/" : url.group(3);
                return Optional.of(Map.of("kind", "http", "target", url.group(1) + "://" + workload.name() + port + path));
            }
        }
        return workload.ports().stream().filter(p -> p.protocol() == PortSpec.Protocol.TCP).findFirst()
                .map(p -> Map.of("kind", "tcp", "target", workload.name() + ":" + p.containerPort()));
    }

    /** Where a browser opens the workload's UI: its published port (behind the security profile, its gate's). */
    private static Optional<String> uiUrl(PlatformConfig config, WorkloadSpec workload) {
        return workload.ui().flatMap(ui -> workload.port(ui.portName()).filter(PortSpec::isPublished)
                .map(port -> config.publicUrl(OAuth2Proxy.publicName(workload.name()), port.hostPort()) + ui.path()));
    }
}
