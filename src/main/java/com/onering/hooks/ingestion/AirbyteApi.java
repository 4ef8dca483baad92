package com.onering.hooks.ingestion;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.onering.hooks.HookContext;
import com.onering.hooks.HookFailure;
import com.onering.hooks.http.JsonApi;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A session with Airbyte's public API ({@code /api/public/v1}) in its first workspace, logged in with the instance's
 * client credentials: the ones given by hand ({@link #CLIENT_ID}/{@link #CLIENT_SECRET}) or else the ones Airbyte
 * generated, read through the pinned abctl ({@link #ABCTL_VERSION}).
 */
public final class AirbyteApi {
    /** The API as the deploying machine reaches it (abctl publishes it on the host). */
    public static final String URL = "AIRBYTE_URL";
    public static final String CLIENT_ID = "AIRBYTE_CLIENT_ID";
    public static final String CLIENT_SECRET = "AIRBYTE_CLIENT_SECRET";
    public static final String ABCTL_VERSION = "ABCTL_VERSION";

    private final JsonApi api;
    private final String workspace;
    private final AirbyteInstall.Credentials credentials;

    private AirbyteApi(JsonApi api, String workspace, AirbyteInstall.Credentials credentials) {
        this.api = api;
        this.workspace = workspace;
        this.credentials = credentials;
    }

    /** A hook's {@code own} settings plus the session's: abctl's version only when no credentials are given by hand. */
    public static String[] settings(HookContext context, String... own) {
        boolean byHand = context.optional(CLIENT_ID).isPresent() && context.optional(CLIENT_SECRET).isPresent();
        return Stream.concat(Stream.of(own), byHand ? Stream.of(URL) : Stream.of(URL, ABCTL_VERSION)).toArray(String[]::new);
    }

    public static AirbyteApi connect(HookContext context) throws Exception {
        AirbyteInstall.Credentials credentials = credentials(context);
        JsonApi anonymous = new JsonApi(context, "Airbyte API", context.require(URL), "the API client credentials ("
                + CLIENT_ID + "/" + CLIENT_SECRET + ", or 'abctl local credentials')");
        JsonObject token = anonymous.require(anonymous.post("/api/public/v1/applications/token", Map.of("client_id",
                credentials.clientId(), "client_secret", credentials.clientSecret(), "grant-type", "client_credentials")), 200, 201)
                .body().getAsJsonObject();
        JsonApi airbyte = anonymous.withHeader("Authorization", "Bearer " + token.get("access_token").getAsString());
        var workspaces = airbyte.require(airbyte.get("/api/public/v1/workspaces"), 200).body().getAsJsonObject()
                .getAsJsonArray("data").asList();
        if (workspaces.isEmpty()) {
            throw new HookFailure("hook " + context.hook() + ": Airbyte at " + airbyte.baseUrl() + " has no workspace; finish its setup first");
        }
        return new AirbyteApi(airbyte, workspaces.get(0).getAsJsonObject().get("workspaceId").getAsString(), credentials);
    }

    private static AirbyteInstall.Credentials credentials(HookContext context) throws Exception {
        Optional<String> id = context.optional(CLIENT_ID);
        Optional<String> secret = context.optional(CLIENT_SECRET);
        if (id.isPresent() && secret.isPresent()) {
            return new AirbyteInstall.Credentials(id.get(), secret.get());
        }
        return new AirbyteInstall().clientCredentials(context);
    }

    public JsonApi api() {
        return api;
    }

    public String workspace() {
        return workspace;
    }

    /** The client credentials this session logged in with, for a client of Airbyte's own (Airflow's Airbyte connection). */
    public AirbyteInstall.Credentials credentials() {
        return credentials;
    }

    /** The workspace's object of {@code collection} (sources, destinations, connections) called {@code name}. */
    public Optional<JsonObject> find(String collection, String name) {
        return api.require(api.get("/api/public/v1/" + collection + "?workspaceIds=" + workspace), 200).body().getAsJsonObject()
                .getAsJsonArray("data").asList().stream().map(JsonElement::getAsJsonObject)
                .filter(o -> o.get("name").getAsString().equals(name)).findFirst();
    }
}
