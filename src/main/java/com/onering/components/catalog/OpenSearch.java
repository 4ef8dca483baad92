package com.onering.components.catalog;

import com.onering.model.ComponentSpec;
import com.onering.model.HealthCheck;
import com.onering.model.ImageSource;
import com.onering.model.MemorySize;
import com.onering.model.PortSpec;
import com.onering.model.Profile;
import com.onering.model.VolumeSpec;
import com.onering.model.WorkloadSpec;
import com.onering.platform.Component;
import com.onering.platform.PlatformContext;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * OpenSearch, the search engine of OpenMetadata (1.12 supports OpenSearch 2.19). A single node on the internal
 * data network, security plugin off: only the catalog server talks to it.
 */
public final class OpenSearch implements Component {
    public static final String HOST = "opensearch";
    public static final int PORT = 9200;
    static final ImageSource IMAGE = new ImageSource.Pulled("docker.io/opensearchproject/opensearch", "2.19.2");

    @Override
    public String name() {
        return "opensearch";
    }

    @Override
    public Profile profile() {
        return Profile.CATALOG;
    }

    @Override
    public ComponentSpec describe(PlatformContext context) {
        WorkloadSpec node = WorkloadSpec.service(HOST, IMAGE)
                // Single-node discovery also skips the production bootstrap checks (vm.max_map_count on the host).
                .env("discovery.type", "single-node")
                .env("DISABLE_SECURITY_PLUGIN", "true")
                .env("DISABLE_INSTALL_DEMO_CONFIG", "true")
                .env("bootstrap.memory_lock", "false")
                .env("OPENSEARCH_JAVA_OPTS", "-Xms512m -Xmx512m")
                .port(PortSpec.internal("http", PORT))
                .volume(VolumeSpec.data("opensearch-data", "/usr/share/opensearch/data"))
                .health(HealthCheck.exec("curl", "-fsS", "http://localhost:9200/_cluster/health?wait_for_status=yellow&timeout=5s")
                        .withStartPeriod(Duration.ofSeconds(60)))
                // 512m heap plus off-heap (Lucene, direct buffers).
                .memory(MemorySize.mebibytes(1024))
                .dataStore()
                .build();
        return new ComponentSpec(name(), profile(), "onering:catalog:OpenSearch", List.of(node), List.of(), List.of(),
                List.of(), Map.of());
    }
}
