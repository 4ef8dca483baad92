package com.onering.components.devtools;

import com.onering.model.ComponentSpec;
import com.onering.model.FileSpec;
import com.onering.model.HealthCheck;
import com.onering.model.HostMount;
import com.onering.model.ImageSource;
import com.onering.model.MemorySize;
import com.onering.model.PortSpec;
import com.onering.model.Profile;
import com.onering.model.SecretSpec;
import com.onering.model.Template;
import com.onering.model.VolumeSpec;
import com.onering.model.WorkloadSpec;
import com.onering.platform.Component;
import com.onering.platform.PlatformContext;
import java.util.List;
import java.util.Map;

/**
 * Portainer CE, managing the Docker host it runs on. It holds the Docker socket: whoever logs in to Portainer
 * controls every container on the host, so the UI stays on the loopback address behind a generated password.
 */
public final class Portainer implements Component {
    public static final String HOST = "portainer";
    public static final String ADMIN_PASSWORD = "portainer-admin-password";
    private static final String PASSWORD_FILE = "/run/secrets/portainer-admin-password";
    // The plain tag is FROM scratch (no probe possible); -alpine adds busybox wget.
    static final ImageSource IMAGE = new ImageSource.Pulled("docker.io/portainer/portainer-ce", "2.45.1-alpine");

    @Override
    public String name() {
        return "portainer";
    }

    @Override
    public Profile profile() {
        return Profile.DEVTOOLS;
    }

    @Override
    public ComponentSpec describe(PlatformContext context) {
        WorkloadSpec portainer = WorkloadSpec.service(HOST, IMAGE)
                // Arguments to the image's /portainer entrypoint: manage the local engine, admin password from a file
                // (plain text, read on first start only).
                .command("-H", "unix:///var/run/docker.sock", "--admin-password-file", PASSWORD_FILE)
                .file(FileSpec.of(PASSWORD_FILE, Template.secret(ADMIN_PASSWORD)))
                .hostMount(HostMount.DOCKER_SOCKET)
                .port(PortSpec.published("http", 9000, 9000))
                .volume(VolumeSpec.data("portainer-data", "/data"))
                .health(HealthCheck.exec("wget", "-q", "-O", "/dev/null", "http://127.0.0.1:9000/api/system/status"))
                .ui("http", "/")
                .memory(MemorySize.mebibytes(160))
                .build();
        return new ComponentSpec(name(), profile(), "onering:devtools:Portainer", List.of(portainer),
                List.of(SecretSpec.password(ADMIN_PASSWORD)), List.of(), List.of(),
                Map.of("portainerAdminPassword", Template.secret(ADMIN_PASSWORD)));
    }
}
