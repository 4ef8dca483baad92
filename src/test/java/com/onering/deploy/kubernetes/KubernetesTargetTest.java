package com.onering.deploy.kubernetes;

import static com.onering.testsupport.PlanQueries.named;
import static com.onering.testsupport.PlanQueries.ofType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.onering.components.ingestion.Airbyte;
import com.onering.hooks.catalog.OpenMetadataAirbyteHook;
import com.onering.hooks.orchestration.AirflowAirbyteHook;
import com.onering.model.Profile;
import com.onering.plan.OfflinePlan;
import com.onering.plan.PlannedResource;
import com.onering.platform.ConfigFiles;
import com.onering.testsupport.ClusterInvariants;
import com.onering.testsupport.MockRun;
import com.onering.testsupport.Platforms;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The Kubernetes target under the mock engine, profile by profile: the same platform model as on Docker, as cluster objects. */
class KubernetesTargetTest {
    /** What a cluster stack adds to a profile selection: the cluster settings, and no Docker-host component. */
    static String onCluster(String profiles, boolean withIngress) {
        return profiles
                + "  onering:target: kubernetes\n"
                + "  onering:kubernetes:\n"
                + "    registry: registry.example.com:5000\n"
                + (withIngress ? "    ingressClass: traefik\n    domain: onering.example.com\n    tlsIssuer: letsencrypt\n" : "");
    }

    /** Portainer and the node exporter need a Docker host; a cluster stack leaves them out (the assembler says so). */
    static String withoutDockerHostComponents(Profile profile) {
        String profiles = "  onering:profiles: [" + profile.configName() + "]\n";
        return switch (profile) {
            case DEVTOOLS -> profiles + "  onering:exclude: [portainer]\n";
            case OBSERVABILITY -> profiles + "  onering:exclude: [node-exporter]\n";
            default -> profiles;
        };
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void everyProfileKeepsTheClusterInvariantsAndTheDockerComponentSet(Profile profile) {
        String profiles = withoutDockerHostComponents(profile);
        String yaml = onCluster(profiles, true);
        List<PlannedResource> plan = OfflinePlan.run(MockRun.config(yaml), ConfigFiles.projectDefault());
        ClusterInvariants.assertHold(Platforms.assemble(yaml), plan);
        Set<String> hookJobs = ClusterInvariants.hookJobs(plan).stream().map(PlannedResource::name).collect(Collectors.toSet());
        assertEquals(Platforms.workloadNames(Platforms.assemble(profiles)), plan.stream()
                        .filter(r -> ClusterInvariants.WORKLOAD_TYPES.contains(r.type()) && !hookJobs.contains(r.name()))
                        .map(PlannedResource::name).collect(Collectors.toSet()),
                "the cluster deploys what Docker deploys for " + profile.configName());
        List<PlannedResource> onDocker = OfflinePlan.run(MockRun.config(profiles), ConfigFiles.projectDefault());
        assertEquals(ofType(onDocker, "command:local:Command").stream().map(PlannedResource::name)
                        .filter(name -> name.startsWith("hook-") && !name.startsWith("hook-" + Airbyte.NAME)
                                && !name.equals("hook-" + AirflowAirbyteHook.NAME) && !name.equals("hook-" + OpenMetadataAirbyteHook.NAME))
                        .collect(Collectors.toSet()),
                hookJobs, "the cluster runs the hooks Docker runs for " + profile.configName() + " (abctl's and the hand-offs of its credentials aside)");
        assertTrue(ofType(plan, "docker:index/container:Container").isEmpty(), "no container on a cluster stack");
        assertTrue(ofType(plan, "command:local:Command").isEmpty(), "no hook runs on the deploying machine of a cluster stack");
    }

    @Test
    void hooksRunAsJobsInTheNamespaceWithTheirSettingsInASecretAndTheirStateInAKeptClaim() {
        List<PlannedResource> plan = OfflinePlan.run(MockRun.config(onCluster("  onering:profiles: [core]\n", false)), ConfigFiles.projectDefault());
        PlannedResource job = named(plan, "kubernetes:batch/v1:Job", "hook-object-store");
        PlannedResource secret = named(plan, "kubernetes:core/v1:Secret", "hook-object-store-env");
        Map<?, ?> settings = (Map<?, ?>) secret.inputs().get("stringData");
        // In the cluster, a hook reaches the object store by its Service, not by a port published on the deploying machine.
        assertTrue(settings.values().stream().anyMatch(v -> String.valueOf(v).contains("object-store.onering-dev.svc:")), settings.toString());
        assertFalse(settings.values().stream().anyMatch(v -> String.valueOf(v).contains("127.0.0.1")), settings.toString());
        Map<?, ?> claim = (Map<?, ?>) named(plan, "kubernetes:core/v1:PersistentVolumeClaim", "hook-state").inputs().get("metadata");
        assertEquals("hook-state", claim.get("name"));
        MockRun run = MockRun.of(MockRun.config(onCluster("  onering:profiles: [core]\n", false)), false);
        assertTrue(run.resource("kubernetes:core/v1:PersistentVolumeClaim", "hook-state").options().isRetainOnDelete(),
                "the hooks' state (Infisical's one-time token) outlives a destroy like the data it belongs to");
        Map<?, ?> pod = (Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) job.inputs().get("spec")).get("template")).get("spec");
        assertEquals("hook-state", ((Map<?, ?>) ((Map<?, ?>) ((List<?>) pod.get("volumes")).get(0)).get("persistentVolumeClaim")).get("claimName"));
        assertTrue(ofType(plan, "docker:index/registryImage:RegistryImage").stream()
                .anyMatch(r -> ((String) r.inputs().get("name")).startsWith("registry.example.com:5000/onering/hook-runner:")));
    }

    @Test
    void dataStaysInRetainedClaimsAndTheNamespaceOutlivesDestroy() {
        List<PlannedResource> plan = OfflinePlan.run(MockRun.config(onCluster("  onering:profiles: [core]\n", false)), ConfigFiles.projectDefault());
        PlannedResource postgres = named(plan, "kubernetes:apps/v1:StatefulSet", "postgres");
        Map<?, ?> spec = (Map<?, ?>) postgres.inputs().get("spec");
        assertEquals(Map.of("whenDeleted", "Retain", "whenScaled", "Retain"), spec.get("persistentVolumeClaimRetentionPolicy"));
        Map<?, ?> claim = (Map<?, ?>) ((List<?>) spec.get("volumeClaimTemplates")).get(0);
        assertEquals("10240Mi", ((Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) claim.get("spec")).get("resources")).get("requests")).get("storage"));
        assertEquals("onering-dev", ((Map<?, ?>) named(plan, "kubernetes:core/v1:Namespace", "namespace").inputs().get("metadata")).get("name"));
        assertTrue(ofType(plan, "kubernetes:networking.k8s.io/v1:Ingress").isEmpty(), "no Ingress without an ingress class");
    }

    @Test
    void dataVolumesCanBeDeletedWithTheStackWhenTheStackSaysSo() {
        List<PlannedResource> plan = OfflinePlan.run(MockRun.config(onCluster("  onering:profiles: [core]\n  onering:dataVolumes: delete\n", false)),
                ConfigFiles.projectDefault());
        Map<?, ?> spec = (Map<?, ?>) named(plan, "kubernetes:apps/v1:StatefulSet", "postgres").inputs().get("spec");
        assertEquals(Map.of("whenDeleted", "Delete", "whenScaled", "Delete"), spec.get("persistentVolumeClaimRetentionPolicy"));
    }

    @Test
    void gatedUisAreServedAtTheirOwnHostNamesWithCertificates() {
        String yaml = onCluster("  onering:profiles: [core, security]\n", true);
        List<PlannedResource> plan = OfflinePlan.run(MockRun.config(yaml), ConfigFiles.projectDefault());
        PlannedResource ingress = named(plan, "kubernetes:networking.k8s.io/v1:Ingress", "airflow-apiserver-gate");
        Map<?, ?> spec = (Map<?, ?>) ingress.inputs().get("spec");
        Map<?, ?> rule = (Map<?, ?>) ((List<?>) spec.get("rules")).get(0);
        assertEquals("airflow-apiserver.onering.example.com", rule.get("host"));
        assertEquals(List.of(Map.of("hosts", List.of("airflow-apiserver.onering.example.com"), "secretName", "airflow-apiserver-gate-tls")), spec.get("tls"));
        assertEquals("letsencrypt", ((Map<?, ?>) ((Map<?, ?>) ingress.inputs().get("metadata")).get("annotations")).get("cert-manager.io/cluster-issuer"));
        // The gate sends the browser back to the same public name after the login.
        List<?> env = (List<?>) ((Map<?, ?>) ((List<?>) ((Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) named(plan, "kubernetes:apps/v1:Deployment", "airflow-apiserver-gate")
                .inputs().get("spec")).get("template")).get("spec")).get("containers")).get(0)).get("env");
        assertTrue(env.contains(Map.of("name", "OAUTH2_PROXY_REDIRECT_URL", "value", "https://airflow-apiserver.onering.example.com/oauth2/callback")), env.toString());
        // Browsers log in at Keycloak's own public name, the URL the gates send them to.
        Map<?, ?> keycloak = (Map<?, ?>) ((List<?>) ((Map<?, ?>) named(plan, "kubernetes:networking.k8s.io/v1:Ingress", "keycloak").inputs().get("spec")).get("rules")).get(0);
        assertEquals("keycloak.onering.example.com", keycloak.get("host"));
        assertTrue(env.contains(Map.of("name", "OAUTH2_PROXY_LOGIN_URL",
                "value", "https://keycloak.onering.example.com/realms/oner/protocol/openid-connect/auth")), env.toString());
        // The realm's client of the gate accepts exactly that public callback.
        assertEquals(List.of("https://airflow-apiserver.onering.example.com/oauth2/callback"),
                named(plan, "keycloak:openid/client:Client", "oidc-client-airflow-apiserver").inputs().get("validRedirectUris"));
        // Only gates are published: the UI behind a gate has no Ingress of its own.
        assertFalse(ofType(plan, "kubernetes:networking.k8s.io/v1:Ingress").stream().anyMatch(r -> r.name().equals("airflow-apiserver")));
    }

    @Test
    void builtImagesArePushedAndRunByDigestFromTheStacksRegistry() {
        List<PlannedResource> plan = OfflinePlan.run(MockRun.config(onCluster("  onering:profiles: [core]\n", false)), ConfigFiles.projectDefault());
        Set<String> pushed = ofType(plan, "docker:index/registryImage:RegistryImage").stream().map(r -> (String) r.inputs().get("name"))
                .collect(Collectors.toSet());
        assertFalse(pushed.isEmpty());
        assertTrue(pushed.stream().allMatch(name -> name.startsWith("registry.example.com:5000/onering/")), pushed.toString());
        assertTrue(ofType(plan, "docker:index/remoteImage:RemoteImage").stream().allMatch(r -> r.inputs().containsKey("build")),
                "a cluster stack pulls nothing on the deploying machine: it only builds");
    }

    @Test
    void airbyteIsItsUpstreamChartOnAClusterAtTheVersionAbctlInstallsOnDocker() {
        List<PlannedResource> plan = OfflinePlan.run(MockRun.config(onCluster("  onering:profiles: [ingestion]\n", false)), ConfigFiles.projectDefault());
        PlannedResource release = named(plan, "kubernetes:helm.sh/v3:Release", "airbyte");
        assertEquals(Airbyte.CHART_VERSION, release.inputs().get("version"));
        assertEquals("onering-dev", release.inputs().get("namespace"));
        assertEquals(Map.of("repo", "https://airbytehq.github.io/charts"), release.inputs().get("repositoryOpts"));
        assertFalse(ofType(plan, "command:local:Command").stream().anyMatch(c -> c.name().equals("hook-" + Airbyte.INSTALL_HOOK)),
                "no abctl (a kind cluster on the deploying machine) on a cluster stack");
        List<PlannedResource> onDocker = OfflinePlan.run(MockRun.config("  onering:profiles: [ingestion]\n"), ConfigFiles.projectDefault());
        assertTrue(ofType(onDocker, "kubernetes:helm.sh/v3:Release").isEmpty());
        assertTrue(ofType(onDocker, "command:local:Command").stream().anyMatch(c -> c.name().equals("hook-" + Airbyte.INSTALL_HOOK)));
    }
}
