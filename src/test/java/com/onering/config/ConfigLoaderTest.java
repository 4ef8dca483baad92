package com.onering.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.onering.model.MemorySize;
import com.onering.model.Profile;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ConfigLoaderTest {

    static PlatformConfig load(String yamlConfigSection) {
        return ConfigLoader.load(ConfigSource.fromStackYaml("config:\n" + yamlConfigSection), "dev");
    }

    static Stream<Arguments> badConfigs() {
        return Stream.of(
                Arguments.of("unknown profile", "  onering:profiles: [core, warehouse]\n",
                        "onering:profiles", "unknown profile 'warehouse'"),
                Arguments.of("empty profile list", "  onering:profiles: []\n",
                        "onering:profiles", "select at least one profile"),
                Arguments.of("profiles not a list", "  onering:profiles: core\n",
                        "onering:profiles", "must be a list"),
                Arguments.of("unknown target", "  onering:target: nomad\n",
                        "onering:target", "'nomad' is not one of docker, kubernetes"),
                Arguments.of("docker setting on a kubernetes stack", "  onering:target: kubernetes\n  onering:dockerHost: ssh://a@b\n",
                        "onering:dockerHost", "is a Docker setting"),
                Arguments.of("cluster settings on a docker stack", "  onering:kubernetes:\n    namespace: data\n",
                        "onering:kubernetes", "has no effect on a docker stack"),
                Arguments.of("cluster settings not a map", "  onering:target: kubernetes\n  onering:kubernetes: prod\n",
                        "onering:kubernetes", "must be a map of cluster settings"),
                Arguments.of("bad namespace", "  onering:target: kubernetes\n  onering:kubernetes:\n    namespace: Data_Platform\n",
                        "onering:kubernetes.namespace", "'Data_Platform' is not a namespace name"),
                Arguments.of("misspelt cluster setting", "  onering:target: kubernetes\n  onering:kubernetes:\n    storageclass: fast\n",
                        "onering:kubernetes.storageclass", "did you mean storageClass"),
                Arguments.of("volume size without unit", "  onering:target: kubernetes\n  onering:kubernetes:\n    volumeSize: 20\n",
                        "onering:kubernetes.volumeSize", "'20' is not a volume size"),
                Arguments.of("ingress without domain", "  onering:target: kubernetes\n  onering:kubernetes:\n    ingressClass: traefik\n",
                        "onering:kubernetes.domain", "is needed with kubernetes.ingressClass"),
                Arguments.of("malformed registry", "  onering:target: kubernetes\n  onering:kubernetes:\n    registry: https://registry.example.com\n",
                        "onering:kubernetes.registry", "is not a registry"),
                Arguments.of("malformed docker host", "  onering:dockerHost: vps.example.com\n",
                        "onering:dockerHost", "is not a Docker host"),
                Arguments.of("local stack on a public address", "  onering:publishAddress: 0.0.0.0\n",
                        "onering:publishAddress", "loopback only"),
                Arguments.of("malformed host memory", "  onering:hostMemory: lots\n",
                        "onering:hostMemory", "'lots' is not a memory size"),
                Arguments.of("malformed override memory", "  onering:overrides:\n    postgres:\n      memory: 1.5GB\n",
                        "onering:overrides.postgres.memory", "'1.5GB' is not a memory size"),
                Arguments.of("port out of range", "  onering:overrides:\n    postgres:\n      ports:\n        postgres: 70000\n",
                        "onering:overrides.postgres.ports.postgres", "is not a TCP port"),
                Arguments.of("unknown override setting", "  onering:overrides:\n    postgres:\n      cpus: 2\n",
                        "onering:overrides.postgres.cpus", "unknown setting"),
                Arguments.of("secret stored in plain text", "  onering:secrets:\n    postgres-superuser-password: hunter2\n",
                        "onering:secrets.postgres-superuser-password", "pulumi config set --secret"),
                Arguments.of("unknown object store", "  onering:objectStore: minio\n",
                        "onering:objectStore", "'minio' is not one of garage, seaweedfs"),
                Arguments.of("unknown top-level key", "  onering:profile: [core]\n",
                        "onering:profile", "unknown setting"),
                Arguments.of("bad volume policy", "  onering:dataVolumes: keep\n",
                        "onering:dataVolumes", "'keep' is not one of retain, delete"),
                Arguments.of("publish address that is not an address", "  onering:publishAddress: localhost\n",
                        "onering:publishAddress", "'localhost' is not an IPv4 address"),
                Arguments.of("directory suffix that is not domain components", "  onering:ldapSuffix: ou=people,o=oner\n",
                        "onering:ldapSuffix", "is not a directory suffix of lower-case domain components"),
                Arguments.of("directory suffix of one component", "  onering:ldapSuffix: dc=oner\n",
                        "onering:ldapSuffix", "is not a directory suffix"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badConfigs")
    void rejectsBadConfigWithTheKeyToFix(String description, String yaml, String key, String message) {
        InvalidConfigException e = assertThrows(InvalidConfigException.class, () -> load(yaml));
        assertEquals(1, e.problems().size(), () -> "expected exactly one problem, got " + e.problems());
        ConfigProblem problem = e.problems().get(0);
        assertEquals(key, problem.key());
        assertTrue(problem.message().contains(message), () -> "message was: " + problem.message());
        assertTrue(e.getMessage().contains("nothing was deployed"));
    }

    @Test
    void reportsEveryProblemAtOnce() {
        InvalidConfigException e = assertThrows(InvalidConfigException.class, () -> load(
                "  onering:profiles: [core, bogus]\n  onering:hostMemory: x\n  onering:objectStore: ceph\n"));
        assertEquals(Set.of("onering:profiles", "onering:hostMemory", "onering:objectStore"),
                Set.copyOf(e.problems().stream().map(ConfigProblem::key).toList()));
        assertTrue(e.getMessage().contains("3 problems"));
    }

    @Test
    void defaultsDescribeTheLocalCoreStack() {
        PlatformConfig config = load("  onering:objectStore: garage\n");
        assertEquals(Set.of(Profile.CORE), config.profiles());
        assertTrue(config.target().isLocal());
        assertEquals("127.0.0.1", config.target().publishAddress());
        assertTrue(config.retainDataVolumes());
    }

    @Test
    void remoteStackMayPublishItsApplicationsBeyondLoopback() {
        PlatformConfig config = load("  onering:dockerHost: ssh://deploy@vps.example.com\n  onering:profiles: [core, ml]\n"
                + "  onering:publishAddress: 10.0.0.5\n");
        assertFalse(config.target().isLocal());
        assertEquals("10.0.0.5", config.target().publishAddress());
        assertEquals(Set.of(Profile.CORE, Profile.ML), config.profiles());
    }

    @Test
    void readsOverridesAndEncryptedSecrets() {
        PlatformConfig config = load("""
                  onering:hostMemory: 16Gi
                  onering:overrides:
                    clickhouse:
                      memory: 2Gi
                      ports:
                        http: 18123
                  onering:secrets:
                    postgres-superuser-password:
                      secure: v1:AAAABBBB
                """);
        assertEquals(MemorySize.gibibytes(16), config.hostMemory().orElseThrow());
        assertEquals(MemorySize.gibibytes(2), config.overrides().get("clickhouse").memory().orElseThrow());
        assertEquals(Map.of("http", 18123), config.overrides().get("clickhouse").hostPorts());
        assertEquals(SealedSecret.of("secrets.postgres-superuser-password", "v1:AAAABBBB").text(), config.providedSecrets().get("postgres-superuser-password"));
    }

    @Test
    void aSecretThatWouldBreakTheSettingsItIsPlacedInIsRejected() {
        ConfigSource source = ConfigSource.fromEngineEnvironment(Map.of(
                "PULUMI_CONFIG", "{\"onering:secrets\":\"{\\\"redis-password\\\":\\\"a\\\\\\\"b\\\"}\"}",
                "PULUMI_CONFIG_SECRET_KEYS", "[\"onering:secrets\"]"));
        InvalidConfigException e = assertThrows(InvalidConfigException.class, () -> ConfigLoader.load(source, "dev"));
        assertEquals("onering:secrets.redis-password", e.problems().get(0).key());
        assertTrue(e.problems().get(0).message().contains("contains a quote, backslash or control character"), e.getMessage());
    }

    @Test
    void aMasterSecretMustBeSecretAndLongEnough() {
        ConfigSource shortOne = ConfigSource.fromEngineEnvironment(Map.of(
                "PULUMI_CONFIG", "{\"onering:masterSecret\":\"too-short\"}",
                "PULUMI_CONFIG_SECRET_KEYS", "[\"onering:masterSecret\"]"));
        InvalidConfigException e = assertThrows(InvalidConfigException.class, () -> ConfigLoader.load(shortOne, "dev"));
        assertEquals("onering:masterSecret", e.problems().get(0).key());
        assertTrue(e.problems().get(0).message().contains("shorter than 32 characters; set it with: head -c 32 /dev/urandom | base64"), e.getMessage());

        // The offline plan reads the stack file, where the value is ciphertext it cannot check.
        PlatformConfig planned = load("  onering:masterSecret:\n    secure: v1:AAAABBBB\n");
        assertTrue(planned.masterSecret().orElseThrow().sealed());
        assertTrue(load("  onering:profiles: [core]\n").masterSecret().isEmpty());
    }

    @Test
    void readsTheEngineEnvironmentWithSecretKeys() {
        ConfigSource source = ConfigSource.fromEngineEnvironment(Map.of(
                "PULUMI_CONFIG", "{\"onering:profiles\":\"[\\\"core\\\",\\\"ml\\\"]\",\"onering:secrets\":\"{\\\"redis-password\\\":\\\"s3cret\\\"}\",\"docker:host\":\"x\"}",
                "PULUMI_CONFIG_SECRET_KEYS", "[\"onering:secrets\"]"));
        PlatformConfig config = ConfigLoader.load(source, "dev");
        assertEquals(Set.of(Profile.CORE, Profile.ML), config.profiles());
        assertEquals(Map.of("redis-password", "s3cret"), config.providedSecrets());
        assertEquals(List.of("profiles", "secrets"), List.copyOf(source.values().keySet()));
    }

    @Test
    void otherToolsNamespacesStayLegal() {
        PlatformConfig config = load("  docker:host: unix:///var/run/docker.sock\n  pulumi:template: java\n  onering:profiles: [core]\n");
        assertEquals(Set.of(Profile.CORE), config.profiles());
    }

    @Test
    void memoryAtTheFloorWithAUnitIsAccepted() {
        assertEquals(MemorySize.mebibytes(16), load("  onering:overrides:\n    postgres:\n      memory: 16Mi\n")
                .overrides().get("postgres").memory().orElseThrow());
    }

    @Test
    void aNearMissIsOneOrTwoEditsAwayAndNothingFurther() {
        assertEquals("ingestion", NearMiss.of("ingestoin", List.of("core", "ingestion")).orElseThrow());
        assertEquals("objectStore", NearMiss.of("objectstore", List.of("objectStore", "overrides")).orElseThrow());
        assertTrue(NearMiss.of("warehouse", List.of("core", "ingestion", "streaming")).isEmpty());
        assertTrue(NearMiss.of("ml", List.of("poc")).isEmpty(), "two letters are not a typo of three others");
    }

    @Test
    void theDirectorySuffixDefaultsToTheSeedsAndFollowsTheStack() {
        assertEquals("dc=oner,dc=local", load("  onering:profiles: [core]\n").ldapSuffix());
        assertEquals("dc=data,dc=example,dc=org", load("  onering:ldapSuffix: dc=data,dc=example,dc=org\n").ldapSuffix());
    }
}
