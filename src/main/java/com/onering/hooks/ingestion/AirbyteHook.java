package com.onering.hooks.ingestion;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.onering.hooks.Hook;
import com.onering.hooks.HookContext;
import com.onering.hooks.HookFailure;
import com.onering.hooks.HookReport.Action;
import com.onering.hooks.http.JsonApi;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The demo flow of seed 000 in Airbyte, through its public API ({@code /api/public/v1}): a sample-data source, the
 * bronze bucket as destination (JSON lines under {@code airbyte/}), and a manual connection between them that the
 * medallion DAG triggers. Sources and destinations are matched by name; Airbyte masks secrets on read, so masked
 * values are not compared.
 */
public final class AirbyteHook implements Hook {
    public static final String NAME = "airbyte";
    /** Secrets the Airbyte component must declare or take from its install (abctl local credentials). */
    public static final String URL = "AIRBYTE_URL";
    public static final String CLIENT_ID = "AIRBYTE_CLIENT_ID";
    public static final String CLIENT_SECRET = "AIRBYTE_CLIENT_SECRET";
    public static final String ABCTL_VERSION = "ABCTL_VERSION";
    /** The object store as Airbyte's connector pods reach it (its kind cluster is outside the platform network). */
    public static final String S3_ENDPOINT = "AIRBYTE_S3_ENDPOINT";
    public static final String S3_REGION = "S3_REGION";
    public static final String S3_ACCESS_KEY = "S3_ACCESS_KEY";
    public static final String S3_SECRET_KEY = "S3_SECRET_KEY";
    /** The bucket the demo connection lands in. */
    public static final String S3_BUCKET = "AIRBYTE_S3_BUCKET";
    public static final String SOURCE = "onering-demo-orders";
    public static final String DESTINATION = "onering-bronze";
    public static final String CONNECTION = "onering-demo-orders-to-bronze";
    private static final String MASK = "**********";

    @Override
    public String name() {
        return NAME;
    }

    /** Credentials given by hand win; otherwise the ones Airbyte generated, read through abctl. */
    private static AirbyteInstall.Credentials credentials(HookContext context) throws Exception {
        Optional<String> id = context.optional(CLIENT_ID);
        Optional<String> secret = context.optional(CLIENT_SECRET);
        if (id.isPresent() && secret.isPresent()) {
            return new AirbyteInstall.Credentials(id.get(), secret.get());
        }
        return new AirbyteInstall().clientCredentials(context);
    }

    @Override
    public void run(HookContext context) throws Exception {
        List<String> required = new ArrayList<>(List.of(URL, S3_ENDPOINT, S3_REGION, S3_ACCESS_KEY, S3_SECRET_KEY, S3_BUCKET));
        if (context.optional(CLIENT_ID).isEmpty() || context.optional(CLIENT_SECRET).isEmpty()) {
            // Without credentials given by hand they are read through abctl.
            required.add(ABCTL_VERSION);
        }
        context.settings(required.toArray(String[]::new));
        AirbyteInstall.Credentials credentials = credentials(context);
        JsonApi anonymous = new JsonApi(context, "Airbyte API", context.require(URL), "the API client credentials ("
                + CLIENT_ID + "/" + CLIENT_SECRET + ", or 'abctl local credentials')");
        JsonObject token = anonymous.require(anonymous.post("/api/public/v1/applications/token", Map.of("client_id",
                credentials.clientId(), "client_secret", credentials.clientSecret(), "grant-type", "client_credentials")), 200, 201)
                .body().getAsJsonObject();
        JsonApi airbyte = anonymous.withHeader("Authorization", "Bearer " + token.get("access_token").getAsString());
        List<JsonElement> workspaces = airbyte.require(airbyte.get("/api/public/v1/workspaces"), 200).body().getAsJsonObject()
                .getAsJsonArray("data").asList();
        if (workspaces.isEmpty()) {
            throw new HookFailure("hook " + context.hook() + ": Airbyte at " + airbyte.baseUrl() + " has no workspace; finish its setup first");
        }
        String workspace = workspaces.get(0).getAsJsonObject().get("workspaceId").getAsString();

        String sourceId = ensure(context, airbyte, workspace, "sources", "sourceId", SOURCE, Map.of(
                "sourceType", "faker", "count", 1000, "seed", 42, "records_per_slice", 500));
        String destinationId = ensure(context, airbyte, workspace, "destinations", "destinationId", DESTINATION, Map.of(
                "destinationType", "s3",
                "s3_bucket_name", context.require(S3_BUCKET),
                "s3_bucket_path", "airbyte",
                "s3_bucket_region", context.require(S3_REGION),
                "s3_endpoint", context.require(S3_ENDPOINT),
                "access_key_id", context.require(S3_ACCESS_KEY),
                "secret_access_key", context.require(S3_SECRET_KEY),
                "format", Map.of("format_type", "JSONL")));
        Optional<JsonObject> connection = find(airbyte, workspace, "connections", CONNECTION);
        if (connection.isPresent()) {
            JsonObject existing = connection.get();
            if (existing.get("sourceId").getAsString().equals(sourceId) && existing.get("destinationId").getAsString().equals(destinationId)) {
                context.report().record(Action.UNCHANGED, "connection", CONNECTION);
                return;
            }
            throw new HookFailure("hook " + context.hook() + ": Airbyte connection " + CONNECTION + " links other endpoints than "
                    + SOURCE + " -> " + DESTINATION + "; delete it in Airbyte and run the hook again");
        }
        airbyte.require(airbyte.post("/api/public/v1/connections", Map.of("name", CONNECTION, "sourceId", sourceId,
                "destinationId", destinationId, "schedule", Map.of("scheduleType", "manual"))), 200, 201);
        context.report().record(Action.CREATED, "connection", CONNECTION);
    }

    private static String ensure(HookContext context, JsonApi airbyte, String workspace, String collection, String idField, String name,
                                 Map<String, Object> configuration) {
        JsonObject wanted = (JsonObject) new com.google.gson.Gson().toJsonTree(configuration);
        Optional<JsonObject> existing = find(airbyte, workspace, collection, name);
        String kind = collection.substring(0, collection.length() - 1);
        if (existing.isEmpty()) {
            JsonObject created = airbyte.require(airbyte.post("/api/public/v1/" + collection, Map.of("name", name, "workspaceId", workspace,
                    "configuration", wanted)), 200, 201).body().getAsJsonObject();
            context.report().record(Action.CREATED, kind, name);
            return created.get(idField).getAsString();
        }
        String id = existing.get().get(idField).getAsString();
        if (sameIgnoringMasked(wanted, existing.get().get("configuration"))) {
            context.report().record(Action.UNCHANGED, kind, name);
        } else {
            airbyte.require(airbyte.patch("/api/public/v1/" + collection + "/" + id, Map.of("name", name, "configuration", wanted)), 200);
            context.report().record(Action.UPDATED, kind, name);
        }
        return id;
    }

    private static Optional<JsonObject> find(JsonApi airbyte, String workspace, String collection, String name) {
        return airbyte.require(airbyte.get("/api/public/v1/" + collection + "?workspaceIds=" + workspace), 200).body().getAsJsonObject()
                .getAsJsonArray("data").asList().stream().map(JsonElement::getAsJsonObject)
                .filter(o -> o.get("name").getAsString().equals(name)).findFirst();
    }

    /** True when every wanted value is present, where a masked value on Airbyte's side counts as equal. */
    static boolean sameIgnoringMasked(JsonElement wanted, JsonElement actual) {
        if (actual == null || actual.isJsonNull()) {
            return false;
        }
        if (actual.isJsonPrimitive() && MASK.equals(actual.getAsString())) {
            return true;
        }
        if (wanted.isJsonObject() && actual.isJsonObject()) {
            return wanted.getAsJsonObject().entrySet().stream()
                    .allMatch(e -> sameIgnoringMasked(e.getValue(), actual.getAsJsonObject().get(e.getKey())));
        }
        if (wanted.isJsonPrimitive() && actual.isJsonPrimitive() && wanted.getAsJsonPrimitive().isNumber() && actual.getAsJsonPrimitive().isNumber()) {
            return wanted.getAsBigDecimal().compareTo(actual.getAsBigDecimal()) == 0;
        }
        return wanted.equals(actual);
    }
}
