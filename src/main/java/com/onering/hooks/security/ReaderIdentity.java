package com.onering.hooks.security;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.onering.hooks.HookContext;
import com.onering.hooks.HookReport.Action;
import com.onering.hooks.http.JsonApi;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * A machine identity that reads one Infisical project and nothing else: no role in the organization, universal auth,
 * and the project's built-in {@value #ROLE} role. (Custom roles scoped to a folder need Infisical's Enterprise plan on
 * a self-hosted instance, so the scope is the project: the platform gives a consumer a project of its own.)
 */
public final class ReaderIdentity {
    static final String ROLE = "viewer";
    /** Short-lived access tokens: a client logs in again when one expires. */
    static final int ACCESS_TOKEN_TTL_SECONDS = 3600;

    /** The identity and its universal-auth client id (not secret: the client secret is issued separately). */
    public record Identity(String id, String clientId) {
    }

    private ReaderIdentity() {
    }

    /** The identity {@code name} of the project's organization, made and granted what is missing. */
    public static Identity ensure(HookContext context, InfisicalApi infisical, InfisicalApi.Project project, String name) {
        JsonApi api = infisical.api();
        String identityId = find(api, project.organizationId(), name);
        if (identityId == null) {
            identityId = api.require(api.post("/api/v1/identities", Map.of("name", name, "organizationId", project.organizationId(),
                    "role", "no-access")), 200).body().getAsJsonObject().getAsJsonObject("identity").get("id").getAsString();
            context.report().record(Action.CREATED, "machine identity", name);
        } else {
            context.report().record(Action.UNCHANGED, "machine identity", name);
        }
        String universalAuth = "/api/v1/auth/universal-auth/identities/" + identityId;
        JsonApi.Response auth = api.get(universalAuth);
        if (!auth.is(200)) {
            // Infisical answers 400 "The identity does not have universal auth" until it is attached.
            api.require(auth, 400);
            auth = api.require(api.post(universalAuth, Map.of("accessTokenTTL", ACCESS_TOKEN_TTL_SECONDS,
                    "accessTokenMaxTTL", ACCESS_TOKEN_TTL_SECONDS)), 200);
            context.report().record(Action.CREATED, "universal auth", name);
        }
        String clientId = auth.body().getAsJsonObject().getAsJsonObject("identityUniversalAuth").get("clientId").getAsString();
        String membership = "/api/v1/projects/" + project.id() + "/memberships/identities/" + identityId;
        JsonApi.Response member = api.get(membership);
        List<Map<String, Object>> roles = List.of(Map.of("role", ROLE, "isTemporary", false));
        if (member.is(404)) {
            api.require(api.post(membership, Map.of("roles", roles)), 200);
            context.report().record(Action.CREATED, "project membership", name + " as " + ROLE);
        } else if (onlyRole(api.require(member, 200).body().getAsJsonObject(), ROLE)) {
            context.report().record(Action.UNCHANGED, "project membership", name + " as " + ROLE);
        } else {
            api.require(api.patch(membership, Map.of("roles", roles)), 200);
            context.report().record(Action.UPDATED, "project membership", name + " as " + ROLE);
        }
        return new Identity(identityId, clientId);
    }

    /** A new client secret; Infisical shows it once. */
    public static String newClientSecret(InfisicalApi infisical, Identity identity, String description) {
        JsonApi api = infisical.api();
        return api.require(api.post("/api/v1/auth/universal-auth/identities/" + identity.id() + "/client-secrets",
                Map.of("description", description, "ttl", 0, "numUsesLimit", 0)), 200).body().getAsJsonObject().get("clientSecret").getAsString();
    }

    /** Names are not unique in Infisical: the search may match more, the hook's identity is the one named exactly so. */
    private static String find(JsonApi api, String organizationId, String name) {
        for (JsonElement membership : api.require(api.get("/api/v2/organizations/" + organizationId + "/identity-memberships?limit=100&search="
                + URLEncoder.encode(name, StandardCharsets.UTF_8)), 200).body().getAsJsonObject().getAsJsonArray("identityMemberships")) {
            JsonObject identity = membership.getAsJsonObject().getAsJsonObject("identity");
            if (identity.get("name").getAsString().equals(name)) {
                return identity.get("id").getAsString();
            }
        }
        return null;
    }

    private static boolean onlyRole(JsonObject membership, String role) {
        List<JsonElement> roles = membership.getAsJsonObject("identityMembership").getAsJsonArray("roles").asList();
        return roles.size() == 1 && roles.get(0).getAsJsonObject().get("role").getAsString().equals(role);
    }
}
