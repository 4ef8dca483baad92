package com.onering.hooks.ingestion;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.onering.hooks.Hook;
import com.onering.hooks.HookContext;
import com.onering.hooks.HookFailure;
import com.onering.hooks.HookReport.Action;
import com.onering.hooks.http.JsonApi;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The demo flow of seed 000 in Airbyte, through its public API ({@code /api/public/v1}): the S3 source reading the
 * orders export the platform seeds ({@link #S3_SOURCE_KEY}, every column a string), the bronze bucket as destination
 * (gzipped JSON lines under {@code airbyte/orders/}, Airbyte's record envelope around each row), and a manual
 * connection between them, full refresh with overwrite, that the medallion DAG triggers and whose landing its bronze
 * step reads. Sources and destinations are matched by name; Airbyte masks secrets on read, so masked values are not
 * compared.
 */
public final class AirbyteHook implements Hook {
    public static final String NAME = "airbyte";
    /** The object store as Airbyte's connector pods reach it (its kind cluster is outside the platform network). */
    public static final String S3_ENDPOINT = "AIRBYTE_S3_ENDPOINT";
    public static final String S3_REGION = "S3_REGION";
    public static final String S3_ACCESS_KEY = "S3_ACCESS_KEY";
    public static final String S3_SECRET_KEY = "S3_SECRET_KEY";
    /** The bucket the demo connection reads from and lands in. */
    public static final String S3_BUCKET = "AIRBYTE_S3_BUCKET";
    /** The object the source reads: the orders export of the seed's source system. */
    public static final String S3_SOURCE_KEY = "AIRBYTE_S3_SOURCE_KEY";
    /** Where in the bucket the destination lands, and the stream it lands: the DAG reads {@code airbyte/orders/}. */
    public static final String LANDING_PATH = "airbyte";
    public static final String STREAM = "orders";
    public static final String SOURCE = "onering-demo-orders";
    public static final String DESTINATION = "onering-bronze";
    public static final String CONNECTION = "onering-demo-orders-to-bronze";
    private static final String MASK = "**********";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void run(HookContext context) throws Exception {
        context.settings(AirbyteApi.settings(context, S3_ENDPOINT, S3_REGION, S3_ACCESS_KEY, S3_SECRET_KEY, S3_BUCKET, S3_SOURCE_KEY));
        AirbyteApi airbyte = AirbyteApi.connect(context);
        String sourceId = ensure(context, airbyte, "sources", "sourceId", SOURCE, Map.of(
                "sourceType", "s3",
                "bucket", context.require(S3_BUCKET),
                "endpoint", context.require(S3_ENDPOINT),
                "credentials", Map.of("auth_type", "iam_user",
                        "aws_access_key_id", context.require(S3_ACCESS_KEY),
                        "aws_secret_access_key", context.require(S3_SECRET_KEY)),
                // No schema inference: every column lands as the string the export holds, as the DAG's CSV reader reads it.
                "streams", List.of(Map.of("name", STREAM, "globs", List.of(context.require(S3_SOURCE_KEY)),
                        "format", Map.of("filetype", "csv"), "validation_policy", "Emit Record"))));
        String destinationId = ensure(context, airbyte, "destinations", "destinationId", DESTINATION, Map.of(
                "destinationType", "s3",
                "s3_bucket_name", context.require(S3_BUCKET),
                "s3_bucket_path", LANDING_PATH,
                "s3_bucket_region", context.require(S3_REGION),
                "s3_endpoint", context.require(S3_ENDPOINT),
                "access_key_id", context.require(S3_ACCESS_KEY),
                "secret_access_key", context.require(S3_SECRET_KEY),
                "format", Map.of("format_type", "JSONL")));
        Optional<JsonObject> connection = airbyte.find("connections", CONNECTION);
        if (connection.isPresent()) {
            JsonObject existing = connection.get();
            if (existing.get("sourceId").getAsString().equals(sourceId) && existing.get("destinationId").getAsString().equals(destinationId)) {
                context.report().record(Action.UNCHANGED, "connection", CONNECTION);
                return;
            }
            throw new HookFailure("hook " + context.hook() + ": Airbyte connection " + CONNECTION + " links other endpoints than "
                    + SOURCE + " -> " + DESTINATION + "; delete it in Airbyte and run the hook again");
        }
        JsonApi api = airbyte.api();
        // Overwrite: each sync replaces the stream's landing, so what lies under airbyte/orders/ is the newest export.
        api.require(api.post("/api/public/v1/connections", Map.of("name", CONNECTION, "sourceId", sourceId,
                "destinationId", destinationId, "schedule", Map.of("scheduleType", "manual"),
                "configurations", Map.of("streams", List.of(Map.of("name", STREAM, "syncMode", "full_refresh_overwrite"))))), 200, 201);
        context.report().record(Action.CREATED, "connection", CONNECTION);
    }

    private static String ensure(HookContext context, AirbyteApi airbyte, String collection, String idField, String name,
                                 Map<String, Object> configuration) {
        JsonObject wanted = (JsonObject) new com.google.gson.Gson().toJsonTree(configuration);
        Optional<JsonObject> existing = airbyte.find(collection, name);
        JsonApi api = airbyte.api();
        String kind = collection.substring(0, collection.length() - 1);
        if (existing.isEmpty()) {
            JsonObject created = api.require(api.post("/api/public/v1/" + collection, Map.of("name", name, "workspaceId", airbyte.workspace(),
                    "configuration", wanted)), 200, 201).body().getAsJsonObject();
            context.report().record(Action.CREATED, kind, name);
            return created.get(idField).getAsString();
        }
        String id = existing.get().get(idField).getAsString();
        if (sameIgnoringMasked(wanted, existing.get().get("configuration"))) {
            context.report().record(Action.UNCHANGED, kind, name);
        } else {
            api.require(api.patch("/api/public/v1/" + collection + "/" + id, Map.of("name", name, "configuration", wanted)), 200);
            context.report().record(Action.UPDATED, kind, name);
        }
        return id;
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
        // Airbyte stores a stream with its defaults filled in: element by element, like objects.
        if (wanted.isJsonArray() && actual.isJsonArray()) {
            JsonArray wantedItems = wanted.getAsJsonArray();
            JsonArray actualItems = actual.getAsJsonArray();
            return wantedItems.size() == actualItems.size() && IntStream.range(0, wantedItems.size())
                    .allMatch(i -> sameIgnoringMasked(wantedItems.get(i), actualItems.get(i)));
        }
        if (wanted.isJsonPrimitive() && actual.isJsonPrimitive() && wanted.getAsJsonPrimitive().isNumber() && actual.getAsJsonPrimitive().isNumber()) {
            return wanted.getAsBigDecimal().compareTo(actual.getAsBigDecimal()) == 0;
        }
        return wanted.equals(actual);
    }
}
