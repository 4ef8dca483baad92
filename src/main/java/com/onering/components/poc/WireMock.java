package com.onering.components.poc;

import com.onering.model.ComponentSpec;
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

/**
 * WireMock as the POC's deterministic HTTP source (seed 002, day 4): stubs from {@code config/wiremock/mappings},
 * response bodies from {@code config/wiremock/__files}.
 */
public final class WireMock implements Component {
    public static final String HOST = "mock-api";
    public static final int HOST_PORT = 8089;
    static final ImageSource IMAGE = new ImageSource.Pulled("docker.io/wiremock/wiremock", "3.13.2-3");
    private static final String HOME = "/home/wiremock";

    public static String url() {
        return "http://" + HOST + ":8080";
    }

    @Override
    public String name() {
        return "wiremock";
    }

    @Override
    public Profile profile() {
        return Profile.POC;
    }

    @Override
    public ComponentSpec describe(PlatformContext context) {
        WorkloadSpec.Builder mock = WorkloadSpec.service(HOST, IMAGE)
                .env("JAVA_OPTS", "-Xmx256m")
                .port(PortSpec.published("http", 8080, HOST_PORT))
                // The image's own HEALTHCHECK: the Temurin base has curl.
                .health(HealthCheck.exec("curl", "--fail", "--silent", "http://127.0.0.1:8080/__admin/health"))
                .ui("http", "/__admin/mappings")
                .memory(MemorySize.mebibytes(384));
        for (String dir : List.of("mappings", "__files")) {
            mock.files(context.files().placedUnder("wiremock/" + dir, HOME + "/" + dir));
        }
        return new ComponentSpec(name(), profile(), "onering:poc:WireMock", List.of(mock.build()), List.of(), List.of(), List.of(),
                Map.of("mockApiUrl", "http://" + Template.endpoint(HOST, "http")));
    }
}
