package com.onering.components.bi;

import static com.onering.testsupport.PlanQueries.ofType;
import static com.onering.testsupport.PlanQueries.postgresGrants;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.onering.plan.OfflinePlan;
import com.onering.plan.PlanMocks;
import com.onering.plan.PlannedResource;
import com.onering.platform.ConfigFiles;
import com.onering.testsupport.MockRun;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Metabase's login to the curated database (seed 001: Metabase on ClickHouse and Postgres): gold, read-only. */
class MetabaseCuratedReaderTest {
    @Test
    void metabaseReadsCuratedGoldAndNothingElse() {
        List<PlannedResource> plan = OfflinePlan.run(MockRun.config("  onering:profiles: [core, analytics]\n"), ConfigFiles.projectDefault());
        PlannedResource role = ofType(plan, "postgresql:index/role:Role").stream()
                .filter(r -> Metabase.CURATED_READER_ROLE.equals(r.inputs().get("name"))).findFirst().orElseThrow();
        assertEquals(true, role.inputs().get("login"));
        assertTrue(PlanMocks.isHidden(role.inputs().get("password")));
        for (String power : List.of("replication", "superuser", "createDatabase", "createRole", "bypassRowLevelSecurity")) {
            assertFalse(Boolean.TRUE.equals(role.inputs().get(power)), power);
        }
        assertEquals(Map.of(
                "curated//database", List.of("CONNECT"),
                "curated/gold/schema", List.of("USAGE"),
                "curated/gold/table", List.of("SELECT"),
                "curated/gold/table (future)", List.of("SELECT")), postgresGrants(plan, Metabase.CURATED_READER_ROLE));
    }

    @Test
    void withoutMetabaseThereIsNoReader() {
        List<PlannedResource> plan = OfflinePlan.run(MockRun.config("  onering:profiles: [core]\n"), ConfigFiles.projectDefault());
        assertTrue(postgresGrants(plan, Metabase.CURATED_READER_ROLE).isEmpty());
    }
}
