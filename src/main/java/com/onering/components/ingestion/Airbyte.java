package com.onering.components.ingestion;

import com.onering.components.storage.ObjectStore.Buckets;
import com.onering.components.storage.ObjectStore;
import com.onering.config.PlatformConfig;
import com.onering.config.TargetConfig;
import com.onering.hooks.ingestion.AirbyteApi;
import com.onering.hooks.ingestion.AirbyteHook;
import com.onering.hooks.ingestion.AirbyteInstall;
import com.onering.model.ChartSpec;
import com.onering.model.ComponentSpec;
import com.onering.model.HookSpec;
import com.onering.model.MemorySize;
import com.onering.model.Profile;
import com.onering.model.Template;
import com.onering.platform.Component;
import com.onering.platform.PlatformContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Airbyte, installed the only way upstream still supports on plain Docker: {@code abctl}, which runs its own kind
 * cluster (a Docker container) and the Helm chart inside it. The platform declares no container of its own for it;
 * the {@code airbyte-install} hook runs {@code abctl local install} with pinned versions and joins the kind node to
 * the platform networks so connectors reach the object store and PostgreSQL by name.
 */
public final class Airbyte implements Component {
    public static final String NAME = "airbyte";
    public static final String INSTALL_HOOK = "airbyte-install";
    /** The abctl release the hook runs; downloaded into {@code .work/abctl/} when not installed. */
    public static final String ABCTL_VERSION = "v0.30.4";
    /** Chart 2.3+ pulls airbyte/minio; older charts still reference the deleted minio/minio image and stall. */
    public static final String CHART_VERSION = "2.3.0";
    /** The ingress port abctl publishes on the host (UI and API at http://localhost:8000). */
    public static final int PORT = 8000;
    /**
     * The public API's root as workloads on the platform network reach it: the kind node joins that network,
     * ingress-nginx listens on the node's port 80, and abctl's ingress (installed without {@code --host}) has a rule
     * for any host name. Its version 1 is under {@code /v1}.
     */
    public static final String PUBLIC_API_IN_NETWORK = "http://" + AirbyteInstall.KIND_NODE + "/api/public";
    public static final String API_URL_IN_NETWORK = PUBLIC_API_IN_NETWORK + "/v1";
    /** Below this host memory, abctl's low-resource mode (2 CPU / 8 GB, no Connector Builder) is used. */
    static final MemorySize FULL_MODE_HOST_MEMORY = MemorySize.gibibytes(16);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Profile profile() {
        return Profile.INGESTION;
    }

    /** Where the chart is published (the same chart abctl installs on Docker, at the same pinned version). */
    static final String CHART_REPOSITORY = "https://airbytehq.github.io/charts";

    @Override
    public ComponentSpec describe(PlatformContext context) {
        PlatformConfig config = context.config();
        if (config.target().kind() == TargetConfig.Kind.KUBERNETES) {
            return onCluster();
        }
        Map<String, String> env = new TreeMap<>();
        env.put("ABCTL_VERSION", ABCTL_VERSION);
        env.put("AIRBYTE_CHART_VERSION", CHART_VERSION);
        env.put("AIRBYTE_PORT", String.valueOf(PORT));
        env.put("AIRBYTE_LOW_RESOURCE_MODE", String.valueOf(lowResourceMode(config)));
        env.put("AIRBYTE_DOCKER_NETWORKS", String.join(",", platformNetworks(config)));
        config.target().dockerHost().ifPresent(host -> env.put("DOCKER_HOST", host));
        // Awaiting the object store also orders the hook after the platform networks it joins the kind node to.
        HookSpec install = new HookSpec(INSTALL_HOOK, List.of(ObjectStore.HOST), env, List.of());
        return new ComponentSpec(name(), profile(), "onering:ingestion:Airbyte", List.of(), List.of(), List.of(),
                List.of(install, hookSpec(config, ObjectStore.endpoint(config))), Map.of("airbyteUrl", "http://localhost:" + PORT));
    }

    /**
     * On a cluster, Airbyte is its Helm chart V2, the only packaging upstream supports there (it launches its connectors'
     * pods itself), installed as a release beside the platform: its own database and storage, as abctl installs it on
     * Docker, with its login turned on as abctl does.
     */
    private ComponentSpec onCluster() {
        ChartSpec chart = new ChartSpec(name(), CHART_REPOSITORY, "airbyte", CHART_VERSION,
                Map.of("global", Map.of("auth", Map.of("enabled", true))));
        return new ComponentSpec(name(), profile(), "onering:ingestion:Airbyte", List.of(), List.of(), List.of(), List.of(), Map.of(),
                List.of(chart));
    }

    /**
     * The settings a hook needs to open an Airbyte session as the airbyte hook ({@code airbyte}, its spec) does: the
     * API's address on the deploying machine, abctl for the credentials, and the Docker host abctl drives.
     */
    public static Map<String, String> session(HookSpec airbyte) {
        Map<String, String> env = new LinkedHashMap<>();
        for (String setting : List.of(AirbyteApi.URL, AirbyteApi.ABCTL_VERSION, "DOCKER_HOST")) {
            String value = airbyte.env().get(setting);
            if (value != null) {
                env.put(setting, value);
            }
        }
        return env;
    }

    static boolean lowResourceMode(PlatformConfig config) {
        return config.hostMemory().map(memory -> memory.compareTo(FULL_MODE_HOST_MEMORY) < 0).orElse(false);
    }

    /**
     * The Docker networks of the stack, named the way the Docker target names them ({@code onering-<stack>-<role>}):
     * the platform network and the internal data network where data stores live.
     */
    static List<String> platformNetworks(PlatformConfig config) {
        String prefix = "onering-" + config.stack() + "-";
        return List.of(prefix + "platform", prefix + "data");
    }

    /**
     * The airbyte hook: runs after {@code airbyte-install} (Airbyte lives in abctl's kind cluster, not in a
     * workload of ours) against the API abctl publishes on {@code localhost}; {@code s3EndpointFromAirbyte} is the
     * object store's address as Airbyte's pods see it. The API client credentials are the ones Airbyte generated:
     * read through abctl at run time, or given as {@code AIRBYTE_CLIENT_ID}/{@code AIRBYTE_CLIENT_SECRET} when run by hand.
     */
    public static HookSpec hookSpec(PlatformConfig config, String s3EndpointFromAirbyte) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put(AirbyteApi.URL, "http://localhost:" + PORT);
        env.put(AirbyteApi.ABCTL_VERSION, ABCTL_VERSION);
        config.target().dockerHost().ifPresent(host -> env.put("DOCKER_HOST", host));
        env.put(AirbyteHook.S3_ENDPOINT, s3EndpointFromAirbyte);
        env.put(AirbyteHook.S3_REGION, ObjectStore.region(config));
        env.put(AirbyteHook.S3_ACCESS_KEY, Template.secret(ObjectStore.ACCESS_KEY));
        env.put(AirbyteHook.S3_SECRET_KEY, Template.secret(ObjectStore.SECRET_KEY));
        env.put(AirbyteHook.S3_BUCKET, Buckets.BRONZE);
        env.put(AirbyteHook.S3_SOURCE_KEY, ObjectStore.SEEDS.get(0).key());
        return new HookSpec(AirbyteHook.NAME, List.of(), env, List.of(), List.of(INSTALL_HOOK));
    }
}
