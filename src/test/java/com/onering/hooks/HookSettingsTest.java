package com.onering.hooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.onering.cli.HookCatalog;
import com.onering.identity.PostgresAdoption;
import com.onering.model.HookSpec;
import com.onering.model.identity.PostgresObjects;
import com.onering.platform.ConfigFiles;
import com.onering.testsupport.Platforms;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every hook of the catalog, run with an empty environment: it stops with the usage status before any connection and
 * names every setting the component's spec passes it, all in one message.
 */
class HookSettingsTest {
    /**
     * Settings a spec may pass that the hook can do without (it then skips a step or finds the value elsewhere), so an
     * empty environment does not name them.
     */
    private static final Map<String, Set<String>> OPTIONAL = Map.ofEntries(
            Map.entry("object-store", Set.of("GARAGE_ADMIN_ENDPOINT", "GARAGE_ADMIN_TOKEN", "S3_SCOPED_KEYS")),
            Map.entry("pipeline-storage", Set.of("GARAGE_ADMIN_ENDPOINT", "GARAGE_ADMIN_TOKEN", "S3_SCOPED_KEYS")),
            Map.entry("ingest-storage", Set.of("GARAGE_ADMIN_ENDPOINT", "GARAGE_ADMIN_TOKEN", "S3_SCOPED_KEYS")),
            Map.entry("airflow", Set.of("AIRFLOW_UNPAUSE_DAGS")),
            Map.entry("infisical", Set.of("INFISICAL_TOKEN")),
            Map.entry("airbyte", Set.of("AIRBYTE_CLIENT_ID", "AIRBYTE_CLIENT_SECRET", "DOCKER_HOST")),
            Map.entry("airbyte-install", Set.of("DOCKER_HOST")),
            Map.entry("airflow-airbyte", Set.of("DOCKER_HOST")),
            Map.entry("openmetadata-airbyte", Set.of("DOCKER_HOST")),
            // Only with the poc profile, as a group: the poc database Metabase shows too.
            Map.entry("metabase", Set.of("POC_DATABASE", "POC_USER", "POC_PASSWORD")),
            // Only with the security profile, when Lakekeeper checks tokens.
            Map.entry("iceberg-catalog-bootstrap", Set.of("OIDC_TOKEN_URL", "OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET")));

    /** Every hook spec the components declare, over both broker families (kafka-topics and pulsar-topics). */
    private static Map<String, HookSpec> declaredSpecs() {
        Map<String, HookSpec> specs = new HashMap<>();
        for (String broker : List.of("kafka", "pulsar")) {
            Platforms.assemble(Platforms.allProfiles() + "  onering:broker: " + broker + "\n").components()
                    .forEach(c -> c.hooks().forEach(h -> specs.putIfAbsent(h.hook(), h)));
        }
        // The CDC enrichment job's hook: Kafka-protocol broker, without the security profile's gate in front of Flink.
        Platforms.assemble("  onering:profiles: [core, ingestion, streaming]\n  onering:broker: kafka\n").components()
                .forEach(c -> c.hooks().forEach(h -> specs.putIfAbsent(h.hook(), h)));
        // Declared by identity.ServiceDatabases for the objects it adopts, not by a component.
        specs.put(PostgresObjects.HOOK, PostgresAdoption.hookSpec(new PostgresObjects(List.of(), List.of(), List.of())));
        return specs;
    }

    static Stream<Hook> hooks() {
        return HookCatalog.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hooks")
    void withAnEmptyEnvironmentTheHookExitsTwoNamingEverySettingItsSpecDeclares(Hook hook) {
        HookSpec spec = declaredSpecs().get(hook.name());
        assertTrue(spec != null, "no component declares hook " + hook.name());
        Set<String> required = new TreeSet<>(spec.env().keySet());
        required.removeAll(OPTIONAL.getOrDefault(hook.name(), Set.of()));
        assertFalse(required.isEmpty(), hook.name());

        // The timeout is irrelevant when nothing is contacted; a hook that tried would fail on its own, not wait.
        HookHarness.Outcome outcome = HookHarness.run(hook, Map.of(), ConfigFiles.projectDefault().root(), Duration.ofSeconds(1));
        assertEquals(2, outcome.exitCode(), outcome.toString());
        for (String variable : required) {
            assertTrue(outcome.err().contains(variable + " is not set"), variable + " not named: " + outcome);
        }
        if (required.size() > 1) {
            assertTrue(outcome.err().contains(required.size() + " settings to fix"), outcome.toString());
        }
        assertTrue(outcome.out().isBlank(), "reported objects before checking its settings: " + outcome);
    }
}
