package com.onering.components.cicd;

import com.onering.model.ComponentSpec;
import com.onering.model.FileSpec;
import com.onering.model.HealthCheck;
import com.onering.model.MemorySize;
import com.onering.model.PortSpec;
import com.onering.model.Profile;
import com.onering.model.SecretSpec;
import com.onering.model.Template;
import com.onering.model.VolumeSpec;
import com.onering.model.WorkloadSpec;
import com.onering.platform.Component;
import com.onering.platform.PlatformContext;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Jenkins LTS configured as code: plugins baked into a derived image ({@code config/jenkins/image/}), the JCasC YAML
 * from {@code config/jenkins/casc/}, a generated admin password, no setup wizard.
 */
public final class Jenkins implements Component {
    public static final String HOST = "jenkins";
    public static final int HOST_PORT = 8086;
    public static final String ADMIN_USER = "admin";
    public static final String ADMIN_PASSWORD = "jenkins-admin-password";
    private static final String CASC_DIR = "/var/jenkins_conf";

    @Override
    public String name() {
        return "jenkins";
    }

    @Override
    public Profile profile() {
        return Profile.CICD;
    }

    @Override
    public ComponentSpec describe(PlatformContext context) {
        WorkloadSpec.Builder jenkins = WorkloadSpec.service(HOST, context.files().image("onering/jenkins", "jenkins/image"))
                // Heap well under the container limit: threads, metaspace and the git client need the rest.
                .env("JAVA_OPTS", "-Djenkins.install.runSetupWizard=false -Xmx512m")
                .env("CASC_JENKINS_CONFIG", CASC_DIR)
                .env("JENKINS_ADMIN_USER", ADMIN_USER)
                // JCasC resolves ${JENKINS_ADMIN_PASSWORD} from the file of that name in the SECRETS directory
                // (configuration-as-code's DockerSecretSource), before the environment.
                .file(FileSpec.of(FileSpec.SECRETS_DIR + "JENKINS_ADMIN_PASSWORD", Template.secret(ADMIN_PASSWORD)))
                .env("SECRETS", FileSpec.SECRETS_DIR)
                .env("JENKINS_URL", context.config().publishedUrl(HOST, "http", HOST_PORT) + "/")
                .port(PortSpec.published("http", 8080, HOST_PORT))
                .volume(VolumeSpec.data("jenkins-home", "/var/jenkins_home"))
                // The Debian-based image has curl; /login answers 200 without credentials once Jenkins is up.
                .health(HealthCheck.exec("curl", "--fail", "--silent", "--output", "/dev/null", "http://127.0.0.1:8080/login")
                        .withStartPeriod(Duration.ofSeconds(180)))
                .ui("http", "/")
                // The prometheus plugin (image/plugins.txt); /prometheus redirects to it.
                .metrics("http", "/prometheus/")
                .memory(MemorySize.mebibytes(1024));
        jenkins.files(context.files().placedUnder("jenkins/casc", CASC_DIR));
        return new ComponentSpec(name(), profile(), "onering:cicd:Jenkins", List.of(jenkins.build()),
                List.of(SecretSpec.password(ADMIN_PASSWORD)), List.of(), List.of(),
                Map.of("jenkinsAdminPassword", Template.secret(ADMIN_PASSWORD)));
    }
}
