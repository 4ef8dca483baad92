package com.onering.assembly;

import com.onering.components.security.Keycloak;
import com.onering.components.security.OAuth2Proxy;
import com.onering.config.ConfigProblem;
import com.onering.config.NearMiss;
import com.onering.config.PlatformConfig;
import com.onering.model.ComponentSpec;
import com.onering.model.HookSpec;
import com.onering.model.PortSpec;
import com.onering.model.Profile;
import com.onering.model.SecretSpec;
import com.onering.model.Template;
import com.onering.model.UiSpec;
import com.onering.model.WorkloadSpec;
import com.onering.model.identity.PlatformRole;
import com.onering.platform.Platform;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The gatekeeper pattern of seed 000, as one transformation of the whole platform when the security profile is on:
 * every published UI port is taken off the host and published instead by an oauth2-proxy that authenticates against
 * the Keycloak realm and admits only the UI's allowed groups ({@code onering:allowedGroups}, else a default).
 */
public final class Gatekeeper {
    public static final String COMPONENT = "gatekeeper";

    private Gatekeeper() {
    }

    /** One gated UI: the names of its proxy, its OIDC client and their secrets derive from the UI workload's name. */
    public record Gate(String ui) {
        public String proxy() {
            return ui + OAuth2Proxy.GATE_SUFFIX;
        }

        public String clientId() {
            return ui;
        }

        public String clientSecret() {
            return "oidc-" + ui + "-client-secret";
        }

        public String cookieSecret() {
            return "oidc-" + ui + "-cookie-secret";
        }
    }

    /** The gates of an assembled platform (none when security is off). */
    public static List<Gate> gates(Platform platform) {
        return platform.component(COMPONENT).stream().flatMap(c -> c.workloads().stream())
                .map(w -> new Gate(OAuth2Proxy.publicName(w.name())))
                .toList();
    }

    /** Default groups a UI admits: administrators, plus analysts or engineers depending on what the UI is for. */
    public static List<String> defaultGroups(UiSpec ui) {
        boolean analyst = ui.forAnalysts();
        return List.of(PlatformRole.PLATFORM_ADMIN.id(), (analyst ? PlatformRole.DATA_ANALYST : PlatformRole.DATA_ENGINEER).id());
    }

    /**
     * Returns the components with every published UI port moved behind its own proxy, plus the gatekeeper component
     * holding the proxies. Problems in {@code onering:allowedGroups} are added to {@code problems}.
     */
    public static List<ComponentSpec> guard(PlatformConfig config, List<ComponentSpec> components, List<ConfigProblem> problems) {
        List<ComponentSpec> guarded = new ArrayList<>();
        List<WorkloadSpec> proxies = new ArrayList<>();
        List<SecretSpec> secrets = new ArrayList<>();
        Set<String> gatedUis = new LinkedHashSet<>();
        for (ComponentSpec component : components) {
            List<WorkloadSpec> workloads = new ArrayList<>();
            for (WorkloadSpec workload : component.workloads()) {
                UiSpec ui = workload.ui().orElse(null);
                PortSpec port = ui == null ? null : workload.port(ui.portName()).orElse(null);
                if (port == null || !port.isPublished()) {
                    workloads.add(workload);
                    continue;
                }
                Gate gate = new Gate(workload.name());
                gatedUis.add(workload.name());
                workloads.add(workload.withPorts(workload.ports().stream()
                        .map(p -> p.name().equals(port.name()) ? p.withHostPort(null) : p).toList()));
                proxies.add(OAuth2Proxy.forUi(gate.proxy(), workload, ui, port.containerPort(), port.hostPort(),
                        config.publicUrl(workload.name(), port.hostPort()), Keycloak.publicUrl(config),
                        config.allowedGroups().getOrDefault(workload.name(), defaultGroups(ui)),
                        gate.clientId(), gate.clientSecret(), gate.cookieSecret()));
                secrets.add(SecretSpec.password(gate.clientSecret()));
                // 16 random bytes as 32 hex characters: a 32-byte AES key as oauth2-proxy reads the cookie secret.
                secrets.add(SecretSpec.hex(gate.cookieSecret(), 16));
            }
            guarded.add(new ComponentSpec(component.name(), component.profile(), component.typeToken(), workloads,
                    component.secrets(), component.databases(), component.hooks(), component.connectionOutputs(), component.charts()));
        }
        checkAllowedGroups(config, gatedUis, problems);
        if (!proxies.isEmpty()) {
            guarded.add(new ComponentSpec(COMPONENT, Profile.SECURITY, "onering:security:Gatekeeper", proxies, secrets,
                    List.of(), List.of(), Map.of()));
        }
        Map<String, Gate> gateByEndpoint = gateByEndpoint(components, gatedUis);
        boolean hooksThroughGates = !config.target().hooksRunInsideThePlatform();
        return guarded.stream().map(c -> throughGates(c, gateByEndpoint, hooksThroughGates)).toList();
    }

    /**
     * Stack outputs that addressed a gated UI port now address its gate, the only published way in; so do hooks that
     * run on this machine (the gate lets the UI's machine API through, see {@link UiSpec#apiPrefixes()}). Hooks that
     * run inside the platform keep the UI's own in-network address, which no gate stands in front of.
     */
    private static ComponentSpec throughGates(ComponentSpec component, Map<String, Gate> gatedEndpoints, boolean hooksThroughGates) {
        UnaryOperator<String> reroute = text -> {
            String result = text;
            for (Map.Entry<String, Gate> e : gatedEndpoints.entrySet()) {
                String gate = Template.endpoint(e.getValue().proxy(), OAuth2Proxy.PORT_NAME);
                // The gate speaks plain HTTP on the publish address, whatever the UI behind it speaks.
                result = result.replace("https://" + e.getKey(), "http://" + gate).replace(e.getKey(), gate);
            }
            return result;
        };
        List<HookSpec> hooks = !hooksThroughGates ? component.hooks() : component.hooks().stream().map(h -> {
            // A hook that now goes through a gate also waits for that gate.
            List<String> await = new ArrayList<>(h.awaitWorkloads());
            gatedEndpoints.forEach((endpoint, gate) -> {
                if (h.env().values().stream().anyMatch(v -> v.contains(endpoint)) && !await.contains(gate.proxy())) {
                    await.add(gate.proxy());
                }
            });
            return new HookSpec(h.hook(), await,
                    h.env().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> reroute.apply(e.getValue()))),
                    h.triggerFiles(), h.afterHooks());
        }).toList();
        Map<String, String> outputs = component.connectionOutputs().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> reroute.apply(e.getValue())));
        return new ComponentSpec(component.name(), component.profile(), component.typeToken(), component.workloads(),
                component.secrets(), component.databases(), hooks, outputs, component.charts());
    }

    /** The {@code {{endpoint:ui/port}}} placeholder of each gated UI port, with the gate that now serves it. */
    private static Map<String, Gate> gateByEndpoint(List<ComponentSpec> components, Set<String> gatedUis) {
        Map<String, Gate> gates = new HashMap<>();
        for (ComponentSpec c : components) {
            for (WorkloadSpec w : c.workloads()) {
                if (gatedUis.contains(w.name())) {
                    gates.put(Template.endpoint(w.name(), w.ui().orElseThrow().portName()), new Gate(w.name()));
                }
            }
        }
        return gates;
    }

    private static void checkAllowedGroups(PlatformConfig config, Set<String> gatedUis, List<ConfigProblem> problems) {
        Set<String> roles = Arrays.stream(PlatformRole.values()).map(PlatformRole::id).collect(Collectors.toCollection(LinkedHashSet::new));
        config.allowedGroups().forEach((ui, groups) -> {
            if (!gatedUis.contains(ui)) {
                problems.add(ConfigProblem.of("allowedGroups." + ui, "'" + ui + "' is not a UI behind the gatekeeper"
                        + NearMiss.suggestion(ui, gatedUis) + "; gated UIs are " + String.join(", ", gatedUis)));
            }
            groups.stream().filter(g -> !roles.contains(g)).forEach(g -> problems.add(ConfigProblem.of("allowedGroups." + ui,
                    "unknown group '" + g + "'" + NearMiss.suggestion(g, roles) + "; the directory's groups are " + String.join(", ", roles))));
        });
    }
}
