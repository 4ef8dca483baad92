package com.onering.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.onering.components.storage.Postgres;
import com.onering.config.ConfigLoader;
import com.onering.config.ConfigSource;
import com.onering.config.MasterSecret;
import com.onering.config.PlatformConfig;
import com.onering.config.SealedSecret;
import com.onering.model.SecretSpec;
import com.onering.testsupport.MockRun;
import com.onering.testsupport.Secrets;
import com.pulumi.core.Output;
import com.pulumi.core.internal.Internal;
import com.pulumi.docker.ContainerArgs;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Where each secret's value comes from, under the mock engine: config, else the master secret, else random resources. */
class SecretStoreTest {
    private static final String CONTAINER = "docker:index/container:Container";
    private final MasterSecret master = new MasterSecret(new Secrets(List.of()).generate() + new Secrets(List.of()).generate());

    /** The superuser's password as the container gets it: the secret file its POSTGRES_PASSWORD_FILE names. */
    private static String postgresPassword(MockRun run) {
        ContainerArgs postgres = (ContainerArgs) run.resource(CONTAINER, "postgres").args();
        String path = Internal.of(postgres.envs().orElseThrow()).getValueNullable().join().stream()
                .filter(e -> e.startsWith("POSTGRES_PASSWORD_FILE=")).findFirst().orElseThrow().substring("POSTGRES_PASSWORD_FILE=".length());
        Output<String> content = com.pulumi.test.PulumiTest.extractValue(postgres.uploads().orElseThrow()).stream()
                .filter(u -> path.equals(com.pulumi.test.PulumiTest.extractValue(u.file()))).findFirst().orElseThrow().content().orElseThrow();
        assertTrue(MockRun.isSecret(content), "the file carries the password, so its content is secret");
        return Internal.of(content).getValueNullable().join();
    }

    @Test
    void withAMasterSecretNoSecretLivesInStateOnly() {
        MockRun run = MockRun.of(MockRun.config("  onering:profiles: [core, security]\n").withMasterSecret(master), false);
        assertTrue(run.result().errors().isEmpty(), run.result().errors().toString());
        assertTrue(run.resources().stream().noneMatch(r -> r.pulumiResourceType().startsWith("random:")),
                "no random-provider resource, whose value a destroy would forget");
        assertEquals(new SecretDerivation(master).derive(SecretSpec.password(Postgres.SUPERUSER_PASSWORD)), postgresPassword(run));
    }

    @Test
    void twoRunsWithTheSameMasterAgreeAsAfterADestroy() {
        PlatformConfig config = MockRun.config("  onering:profiles: [core]\n").withMasterSecret(master);
        assertEquals(postgresPassword(MockRun.of(config, false)), postgresPassword(MockRun.of(config, false)));
    }

    @Test
    void aSecretSetInConfigWinsOverTheDerivedOne() {
        String chosen = new Secrets(List.of()).generate();
        // As the engine hands config to the program: secret keys listed in PULUMI_CONFIG_SECRET_KEYS.
        PlatformConfig config = ConfigLoader.load(ConfigSource.fromEngineEnvironment(Map.of(
                "PULUMI_CONFIG", "{\"onering:profiles\":\"[\\\"core\\\"]\",\"onering:masterSecret\":\"" + master.value()
                        + "\",\"onering:secrets\":\"{\\\"" + Postgres.SUPERUSER_PASSWORD + "\\\":\\\"" + chosen + "\\\"}\"}",
                "PULUMI_CONFIG_SECRET_KEYS", "[\"onering:secrets\",\"onering:masterSecret\"]")), "dev");
        assertEquals(master, config.masterSecret().orElseThrow());
        assertEquals(chosen, postgresPassword(MockRun.of(config, false)));
    }

    @Test
    void aPasswordHashIsComputedFromRealSecretsAndSealedInAnOfflinePlan() {
        List<SecretSpec> specs = List.of(SecretSpec.password("pw"), SecretSpec.hex("pw-salt", 16), SecretSpec.pbkdf2("pw-hash", "pw", "pw-salt"));
        SecretStore deployed = new SecretStore(Optional.of(master));
        deployed.declare(specs, null, Map.of());
        String hash = value(deployed.get("pw-hash"));
        assertEquals(Pbkdf2.hash(value(deployed.get("pw")), value(deployed.get("pw-salt"))), hash);

        // The offline plan reads the master secret as ciphertext: the hash of stand-ins is a stand-in that changes with them.
        SecretStore planned = new SecretStore(Optional.of(new MasterSecret(SealedSecret.of("masterSecret", "v1:one").text())));
        planned.declare(specs, null, Map.of());
        SecretStore replanned = new SecretStore(Optional.of(new MasterSecret(SealedSecret.of("masterSecret", "v1:two").text())));
        replanned.declare(specs, null, Map.of());
        assertTrue(SealedSecret.in(value(planned.get("pw-hash"))));
        assertFalse(value(planned.get("pw-hash")).matches(Pbkdf2.FORM));
        assertNotEquals(value(planned.get("pw-hash")), value(replanned.get("pw-hash")));
    }

    private static String value(Output<String> output) {
        return Internal.of(output).getValueNullable().join();
    }

    @Test
    void withoutAMasterSecretTheyAreRandomResources() {
        MockRun run = MockRun.of(MockRun.config("  onering:profiles: [core]\n"), false);
        assertTrue(run.resources().stream().anyMatch(r -> r.pulumiResourceType().equals("random:index/randomPassword:RandomPassword")));
    }
}
