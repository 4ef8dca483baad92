package com.onering.identity;

import static com.onering.testsupport.PlanQueries.named;
import static com.onering.testsupport.PlanQueries.ofType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.onering.components.streaming.IcebergCatalog;
import com.onering.plan.OfflinePlan;
import com.onering.plan.PlanMocks;
import com.onering.plan.PlannedResource;
import com.onering.platform.ConfigFiles;
import com.onering.secrets.Pbkdf2;
import com.onering.testsupport.MockRun;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Under the mock engine with the catalog's clients deployed (ingestion, analytics, security): Lakekeeper's public UI
 * client, a confidential service-account client per machine client whose tokens carry Lakekeeper's audience, and
 * Trino's PostgreSQL login in the engineers' role; the plan shows no password hash.
 */
class CatalogClientsTest {
    private static List<PlannedResource> plan;

    @BeforeAll
    static void plan() {
        plan = OfflinePlan.run(MockRun.config("  onering:profiles: [ingestion, analytics, security]\n"), ConfigFiles.projectDefault());
    }

    @Test
    void everyCatalogClientIsAServiceAccountWithLakekeepersAudience() {
        PlannedResource ui = named(plan, "keycloak:openid/client:Client", "oidc-client-" + IcebergCatalog.AUDIENCE);
        assertEquals("PUBLIC", ui.inputs().get("accessType"));
        assertEquals("S256", ui.inputs().get("pkceCodeChallengeMethod"));
        for (IcebergCatalog.CatalogClient client : IcebergCatalog.CLIENTS) {
            PlannedResource resource = named(plan, "keycloak:openid/client:Client", "oidc-client-" + client.clientId());
            assertEquals(client.clientId(), resource.inputs().get("clientId"));
            assertEquals("CONFIDENTIAL", resource.inputs().get("accessType"));
            assertEquals(true, resource.inputs().get("serviceAccountsEnabled"));
            assertEquals(false, resource.inputs().get("standardFlowEnabled"));
            assertTrue(PlanMocks.isHidden(resource.inputs().get("clientSecret")));
            PlannedResource audience = named(plan, "keycloak:openid/audienceProtocolMapper:AudienceProtocolMapper", "oidc-audience-" + client.clientId());
            assertEquals(IcebergCatalog.AUDIENCE, audience.inputs().get("includedClientAudience"));
            assertEquals(true, audience.inputs().get("addToAccessToken"));
        }
    }

    @Test
    void trinoLogsInToPostgresAsAnEngineerNotAsTheOwner() {
        PlannedResource trino = named(plan, "postgresql:index/role:Role", "role-trino");
        assertEquals(true, trino.inputs().get("login"));
        assertTrue(PlanMocks.isHidden(trino.inputs().get("password")));
        assertEquals(List.of("data_engineer"), trino.inputs().get("roles"));
    }

    @Test
    void thePlanShowsNoPasswordHash() {
        Pattern hash = Pattern.compile(Pbkdf2.FORM);
        Set<String> leaking = ofType(plan, "docker:index/container:Container").stream()
                .filter(c -> hash.matcher(String.valueOf(c.inputs())).find()).map(PlannedResource::name).collect(Collectors.toSet());
        assertTrue(leaking.isEmpty(), "containers whose planned inputs show a hash: " + leaking);
        assertFalse(ofType(plan, "docker:index/container:Container").isEmpty());
    }
}
