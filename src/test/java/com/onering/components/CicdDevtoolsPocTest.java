package com.onering.components;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.onering.components.ml.MLflow;
import com.onering.model.ComponentSpec;
import com.onering.model.FileSpec;
import com.onering.model.HostMount;
import com.onering.model.WorkloadSpec;
import com.onering.platform.ConfigFiles;
import com.onering.platform.Platform;
import com.onering.testsupport.Platforms;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CicdDevtoolsPocTest {

    /** Names a config file reads from the environment, in the given placeholder syntax. */
    static Set<String> referencedVariables(String content, Pattern placeholder) {
        Set<String> names = new java.util.TreeSet<>();
        Matcher m = placeholder.matcher(content.lines().filter(l -> !l.strip().startsWith("#")).collect(Collectors.joining("\n")));
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    @Test
    void jenkinsIsConfiguredAsCodeWithAGeneratedAdminPasswordAndNoWizard() {
        Platform platform = Platforms.assemble("  onering:profiles: [cicd]\n");
        assertEquals(Set.of("jenkins"), platform.components().stream().map(ComponentSpec::name).collect(Collectors.toSet()));
        WorkloadSpec jenkins = Platforms.workload(platform, "jenkins");
        String casc = Platforms.file(jenkins, jenkins.env().get("CASC_JENKINS_CONFIG") + "/jenkins.yaml");
        Set<String> needed = referencedVariables(casc, Pattern.compile("\\$\\{([A-Z_]+)}"));
        assertEquals(Set.of("JENKINS_ADMIN_USER", "JENKINS_ADMIN_PASSWORD", "JENKINS_URL"), needed);
        // JCasC resolves a variable from the file of that name in the SECRETS directory, else from the environment.
        needed.forEach(v -> assertTrue(jenkins.env().containsKey(v)
                || jenkins.files().stream().anyMatch(f -> f.containerPath().equals(jenkins.env().get("SECRETS") + v)), "JCasC reads " + v));
        assertEquals("{{secret:jenkins-admin-password}}", Platforms.file(jenkins, jenkins.env().get("SECRETS") + "JENKINS_ADMIN_PASSWORD"));
        assertFalse(jenkins.env().containsKey("JENKINS_ADMIN_PASSWORD"), "the password is a file, not in the environment");
        assertTrue(jenkins.env().get("JAVA_OPTS").contains("-Djenkins.install.runSetupWizard=false"));
        assertEquals("http://127.0.0.1:8086/", jenkins.env().get("JENKINS_URL"));
    }

    @Test
    void dagsterRolesShareTheInstanceDatabaseTheirConfigReads() {
        Platform platform = Platforms.assemble("  onering:profiles: [devtools]\n");
        ComponentSpec dagster = platform.component("dagster").orElseThrow();
        assertEquals("dagster", dagster.databases().get(0).database());
        String instanceYaml = ConfigFiles.projectDefault().read("dagster/dagster.yaml");
        Set<String> needed = referencedVariables(instanceYaml, Pattern.compile("env: ([A-Z_]+)"));
        assertFalse(needed.isEmpty());
        for (WorkloadSpec role : dagster.workloads()) {
            needed.forEach(v -> assertTrue(role.env().containsKey(v), role.name() + " lacks " + v + ", which dagster.yaml reads"));
            assertEquals("postgres", role.env().get("DAGSTER_POSTGRES_HOST"));
        }
        String workspace = Platforms.file(Platforms.workload(platform, "dagster-webserver"), "/opt/dagster/dagster_home/workspace.yaml");
        assertTrue(workspace.contains("host: dagster-code") && workspace.contains("port: 4000"),
                "the webserver and daemon load code from the dagster-code workload");
        assertEquals(workspace, Platforms.file(Platforms.workload(platform, "dagster-daemon"), "/opt/dagster/dagster_home/workspace.yaml"));
        assertTrue(Platforms.workload(platform, "dagster-code").files().stream()
                .anyMatch(f -> f.containerPath().equals("/opt/dagster/seed-data/orders.csv")));
    }

    @Test
    void jupyterGetsATokenAndMlflowOnlyWithTheMlProfile() {
        WorkloadSpec alone = Platforms.workload(Platforms.assemble("  onering:profiles: [devtools]\n"), "jupyter");
        assertEquals("{{secret:jupyter-token}}", Platforms.fileNamedBy(alone, "JUPYTER_TOKEN_FILE"));
        assertFalse(alone.env().containsKey("MLFLOW_TRACKING_URI"));
        WorkloadSpec withMl = Platforms.workload(Platforms.assemble("  onering:profiles: [devtools, ml]\n"), "jupyter");
        assertEquals(MLflow.trackingUri(), withMl.env().get("MLFLOW_TRACKING_URI"));
    }

    @Test
    void portainerAloneHoldsTheDockerSocketAndReadsItsPasswordFromAFile() {
        Platform platform = Platforms.assemble("  onering:profiles: [devtools]\n");
        assertEquals(Set.of("portainer"), platform.workloads().stream().filter(w -> w.hostMounts().contains(HostMount.DOCKER_SOCKET))
                .map(WorkloadSpec::name).collect(Collectors.toSet()));
        WorkloadSpec portainer = Platforms.workload(platform, "portainer");
        int flag = portainer.command().indexOf("--admin-password-file");
        assertEquals("{{secret:portainer-admin-password}}", Platforms.file(portainer, portainer.command().get(flag + 1)));
    }

    @Test
    void wiremockServesEveryMappingAndBodyFromConfig() {
        WorkloadSpec mock = Platforms.workload(Platforms.assemble("  onering:profiles: [poc]\n"), "mock-api");
        Map<String, String> mappings = ConfigFiles.projectDefault().filesUnder("wiremock/mappings");
        assertFalse(mappings.isEmpty());
        Set<String> uploaded = mock.files().stream().map(FileSpec::containerPath).collect(Collectors.toSet());
        mappings.keySet().forEach(m -> assertTrue(uploaded.contains("/home/wiremock/mappings/" + m), m));
        ConfigFiles.projectDefault().filesUnder("wiremock/__files").keySet()
                .forEach(b -> assertTrue(uploaded.contains("/home/wiremock/__files/" + b), b));
        assertEquals(8089, mock.port("http").orElseThrow().hostPort());
    }
}
