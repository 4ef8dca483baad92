package com.onering.components.poc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import com.onering.components.storage.Postgres;
import com.onering.components.streaming.EventBroker;
import com.onering.hooks.migrations.LiquibaseHook;
import com.onering.hooks.security.ServiceSecretsHook;
import com.onering.hooks.storage.GarageScopedKeys;
import com.onering.hooks.storage.ObjectStoreHook;
import com.onering.model.ComponentSpec;
import com.onering.model.Dependency;
import com.onering.model.HookSpec;
import com.onering.model.ImageSource;
import com.onering.model.MemorySize;
import com.onering.model.PortSpec;
import com.onering.model.Template;
import com.onering.model.WorkloadKind;
import com.onering.model.WorkloadSpec;
import com.onering.platform.ConfigFiles;
import com.onering.platform.Platform;
import com.onering.testsupport.Platforms;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yaml.snakeyaml.Yaml;

class IngestorsTest {
    private static final List<String> SERVICES = List.of(Ingestors.FILE, Ingestors.HTTP, Ingestors.STREAM);

    @Test
    void thePocProfileBringsTheBrokerTheObjectStoreAndTheMockApiTheIngestorsNeed() {
        Platform platform = Platforms.assemble("  onering:profiles: [poc]\n");
        Set<String> components = platform.components().stream().map(ComponentSpec::name).collect(Collectors.toSet());
        assertTrue(components.containsAll(Set.of("ingestors", "event-broker", "object-store", "wiremock")), components.toString());
        for (String name : SERVICES) {
            WorkloadSpec service = Platforms.workload(platform, name);
            assertEquals(WorkloadKind.SERVICE, service.kind());
            assertTrue(service.dependsOn().contains(Dependency.healthy(EventBroker.workload(platform.config().broker()))), name);
            assertTrue(service.dependsOn().contains(Dependency.started("object-store")), name);
            assertTrue(service.afterHooks().contains(EventBroker.topicsHook(platform.config()).hook()), name);
        }
        assertEquals(WorkloadKind.JOB, Platforms.workload(platform, Ingestors.PRODUCER).kind());
    }

    @Test
    void oneImageBuiltFromConfigCarriesTheCodeAndTheContractsAndEachServiceIsProbedScrapedAndLimited() {
        Platform platform = Platforms.assemble("  onering:profiles: [poc]\n");
        ImageSource.Built image = (ImageSource.Built) Platforms.workload(platform, Ingestors.FILE).image();
        assertEquals("ingestors/Dockerfile", image.dockerfile());
        assertTrue(ConfigFiles.projectDefault().read("ingestors/Dockerfile").contains("COPY contracts "),
                "the image checks events against the contracts it carries");
        for (String name : List.of(Ingestors.FILE, Ingestors.HTTP, Ingestors.STREAM, Ingestors.PRODUCER)) {
            WorkloadSpec workload = Platforms.workload(platform, name);
            assertEquals(image, workload.image(), name + " runs the one ingestors image");
            assertTrue(workload.ports().stream().noneMatch(p -> p.isPublished()), name + " publishes nothing");
            assertTrue(workload.memory().compareTo(MemorySize.mebibytes(128)) <= 0, name);
        }
        for (String name : SERVICES) {
            WorkloadSpec service = Platforms.workload(platform, name);
            assertEquals("/metrics", service.metrics().orElseThrow().path());
            assertTrue(String.join(" ", service.health().orElseThrow().test()).contains("http://127.0.0.1:9108/metrics"), name);
            assertEquals("9108", service.env().get("INGEST_METRICS_PORT"));
        }
        assertEquals(List.of("file"), Platforms.workload(platform, Ingestors.FILE).command());
        assertEquals(List.of("stream-consume"), Platforms.workload(platform, Ingestors.STREAM).command());
    }

    @ParameterizedTest
    @CsvSource({
        "pulsar,   pulsar, pulsar://pulsar:6650, persistent://oner/events/",
        "kafka,    kafka,  kafka:19092,          events.",
        "redpanda, kafka,  redpanda:9092,        events."})
    void everyTopicIsOneTheTopicsHookCreatesNamedAsTheChosenBrokerNamesIt(String broker, String protocol, String url, String prefix) {
        Platform platform = Platforms.assemble("  onering:profiles: [poc]\n  onering:broker: " + broker + "\n");
        Map<String, Object> declared = new Yaml().load(ConfigFiles.projectDefault().read("streaming/topics.yaml"));
        assertEquals(EventBroker.TENANT, declared.get("tenant"));
        @SuppressWarnings("unchecked")
        Set<String> created = ((List<Map<String, Object>>) declared.get("topics")).stream()
                .map(t -> prefix + t.get("name")).collect(Collectors.toSet());
        Map<String, String> expected = Map.of(Ingestors.FILE, "ingest.file.v1", Ingestors.HTTP, "ingest.http.v1",
                Ingestors.STREAM, "ingest.stream.v1");
        expected.forEach((name, topic) -> {
            WorkloadSpec service = Platforms.workload(platform, name);
            assertEquals(protocol, service.env().get("INGEST_BROKER"));
            assertEquals(url, service.env().get("INGEST_BROKER_URL"));
            assertEquals(prefix + topic, service.env().get("INGEST_TOPIC"));
            assertTrue(created.contains(service.env().get("INGEST_TOPIC")), topic + " is created by the topics hook");
        });
        String posts = Platforms.workload(platform, Ingestors.PRODUCER).env().get("INGEST_SOURCE_TOPIC");
        assertEquals(prefix + "source.posts.v1", posts);
        assertEquals(posts, Platforms.workload(platform, Ingestors.STREAM).env().get("INGEST_SOURCE_TOPIC"));
        assertTrue(created.contains(posts));
    }

    @Test
    void onGarageTheIngestorsHoldAKeyScopedToBronzeInAFileAndTheHookLandsTheTrafficSeed() {
        Platform platform = Platforms.assemble("  onering:profiles: [poc]\n");
        for (String name : SERVICES) {
            WorkloadSpec service = Platforms.workload(platform, name);
            assertFalse(service.env().containsKey("AWS_ACCESS_KEY_ID"), name + ": the key is a file, not environment");
            String credentials = Platforms.fileNamedBy(service, "AWS_SHARED_CREDENTIALS_FILE");
            assertTrue(credentials.startsWith("[default]\n"), credentials);
            assertTrue(credentials.contains("aws_access_key_id = {{secret:ingest-s3-access-key}}"), credentials);
            assertTrue(credentials.contains("aws_secret_access_key = {{secret:ingest-s3-secret-key}}"), credentials);
            assertEquals("bronze", service.env().get("INGEST_BUCKET"));
            assertEquals("http://object-store:3900", service.env().get("AWS_ENDPOINT_URL"));
        }
        HookSpec hook = platform.component("ingestors").orElseThrow().hooks().get(0);
        assertEquals(ObjectStoreHook.INGESTION_NAME, hook.hook());
        assertEquals("bronze", hook.env().get(ObjectStoreHook.BUCKETS));
        var keys = JsonParser.parseString(hook.env().get(GarageScopedKeys.KEYS)).getAsJsonArray();
        assertEquals(1, keys.size());
        assertEquals("bronze", keys.get(0).getAsJsonObject().get("bucket").getAsString());
        assertTrue(hook.env().get(ObjectStoreHook.SEEDS).contains("landing/traffic/traffic_2026-01-30.csv"));
        assertEquals(List.of(Ingestors.TRAFFIC.file()), hook.triggerFiles(), "the seed lands again only when it changes");
    }

    @Test
    void onSeaweedfsWithoutAScopingApiTheyUseThePlatformKey() {
        Platform platform = Platforms.assemble("  onering:profiles: [poc]\n  onering:objectStore: seaweedfs\n");
        String credentials = Platforms.fileNamedBy(Platforms.workload(platform, Ingestors.FILE), "AWS_SHARED_CREDENTIALS_FILE");
        assertTrue(credentials.contains("{{secret:s3-access-key}}"), credentials);
        HookSpec hook = platform.component("ingestors").orElseThrow().hooks().get(0);
        assertFalse(hook.env().containsKey(GarageScopedKeys.KEYS));
        assertTrue(platform.component("ingestors").orElseThrow().secrets().isEmpty());
    }

    @Test
    void theCurationRunsOnTheIngestorsImageAsThePocOwnerAfterThePocMigrationsWithItsPasswordInAFile() {
        Platform platform = Platforms.assemble("  onering:profiles: [poc]\n");
        WorkloadSpec curate = Platforms.workload(platform, Ingestors.CURATE);
        assertEquals(WorkloadKind.SERVICE, curate.kind());
        assertEquals(Platforms.workload(platform, Ingestors.FILE).image(), curate.image(), "the ingestors' image");
        assertEquals(List.of("curate"), curate.command());
        assertTrue(curate.dependsOn().containsAll(List.of(Dependency.healthy(Postgres.HOST), Dependency.started("object-store"))));
        assertEquals(List.of(LiquibaseHook.POSTGRES_POC), curate.afterHooks(), "curated.traffic_readings exists before the first round");
        assertEquals(Map.of("PGHOST", "postgres", "PGPORT", "5432", "PGDATABASE", "poc", "PGUSER", "poc_owner"),
                Map.of("PGHOST", curate.env().get("PGHOST"), "PGPORT", curate.env().get("PGPORT"), "PGDATABASE", curate.env().get("PGDATABASE"),
                        "PGUSER", curate.env().get("PGUSER")));
        assertEquals("{{secret:postgres-poc-password}}", Platforms.fileNamedBy(curate, "INGEST_PG_PASSWORD_FILE"));
        curate.env().forEach((name, value) -> assertTrue(Template.secretRefs(value).isEmpty(), name + " carries a secret"));
        assertTrue(Platforms.fileNamedBy(curate, "AWS_SHARED_CREDENTIALS_FILE").contains("{{secret:ingest-s3-access-key}}"),
                "RAW is read with the ingestors' bronze-scoped key");
        assertEquals("bronze", curate.env().get("INGEST_BUCKET"));
        assertTrue(curate.ports().stream().noneMatch(PortSpec::isPublished));
        assertEquals("/metrics", curate.metrics().orElseThrow().path());
        assertTrue(String.join(" ", curate.health().orElseThrow().test()).contains("http://127.0.0.1:9108/metrics"));
        assertTrue(curate.memory().compareTo(MemorySize.mebibytes(96)) <= 0, curate.memory().toString());
        assertFalse(curate.env().containsKey("INGEST_BROKER"), "it publishes no event");
    }

    @Test
    void withInfisicalTheCurationReadsItsKeyFromThereWithTheCredentialsItsHookKeepsInThePocDatabase() {
        Platform platform = Platforms.assemble("  onering:profiles: [core, poc]\n");
        WorkloadSpec curate = Platforms.workload(platform, Ingestors.CURATE);
        assertEquals("curate-traffic", curate.env().get("INGEST_INFISICAL_SERVICE"));
        assertTrue(curate.files().stream().noneMatch(f -> f.content().contains("{{secret:ingest-s3")), "no key in the container");
        assertFalse(curate.env().containsKey("AWS_SHARED_CREDENTIALS_FILE"));
        assertEquals("bronze", curate.env().get("INGEST_BUCKET"));
        assertTrue(Platforms.fileNamedBy(Platforms.workload(platform, Ingestors.FILE), "AWS_SHARED_CREDENTIALS_FILE")
                .contains("{{secret:ingest-s3-access-key}}"), "the other ingestors keep their file");

        HookSpec hook = platform.component("ingestors").orElseThrow().hooks().stream()
                .filter(h -> h.hook().equals("curate-traffic-secrets")).findFirst().orElseThrow();
        assertEquals(List.of("infisical", Postgres.HOST), hook.awaitWorkloads());
        assertEquals(List.of("infisical", LiquibaseHook.POSTGRES_POC), hook.afterHooks(), "the admin token and the credentials table first");
        assertEquals("{\"AWS_ACCESS_KEY_ID\":\"{{secret:ingest-s3-access-key}}\",\"AWS_SECRET_ACCESS_KEY\":\"{{secret:ingest-s3-secret-key}}\"}",
                hook.env().get(ServiceSecretsHook.SECRETS));
        assertEquals(List.of("poc_owner", "{{secret:postgres-poc-password}}"),
                List.of(hook.env().get(ServiceSecretsHook.DATABASE_USER), hook.env().get(ServiceSecretsHook.DATABASE_PASSWORD)));

        Platform without = Platforms.assemble("  onering:profiles: [core, poc]\n  onering:exclude: [infisical]\n");
        assertFalse(Platforms.workload(without, Ingestors.CURATE).env().containsKey("INGEST_INFISICAL_SERVICE"));
        assertTrue(without.component("ingestors").orElseThrow().hooks().stream().noneMatch(h -> h.hook().equals("curate-traffic-secrets")));
    }

    @Test
    void theHttpIngestorPollsAnEndpointTheMockApiStubs() {
        Platform platform = Platforms.assemble("  onering:profiles: [poc]\n");
        String url = Platforms.workload(platform, Ingestors.HTTP).env().get("INGEST_HTTP_URL");
        assertEquals(WireMock.url() + Ingestors.HTTP_SOURCE_PATH, url);
        Set<String> stubbed = ConfigFiles.projectDefault().filesUnder("wiremock/mappings").values().stream()
                .map(json -> JsonParser.parseString(json).getAsJsonObject().getAsJsonObject("request"))
                .filter(r -> r.has("urlPath"))
                .map(r -> r.get("urlPath").getAsString())
                .collect(Collectors.toSet());
        assertTrue(stubbed.contains(Ingestors.HTTP_SOURCE_PATH), stubbed.toString());
        assertTrue(Platforms.workload(platform, Ingestors.HTTP).dependsOn().contains(Dependency.healthy(WireMock.HOST)));
    }
}
