package com.onering.components.bi;

import static com.onering.testsupport.PlanQueries.assertReadOnlyLogin;
import static com.onering.testsupport.PlanQueries.postgresGrants;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.onering.plan.OfflinePlan;
import com.onering.plan.PlannedResource;
import com.onering.platform.ConfigFiles;
import com.onering.testsupport.MockRun;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Metabase's logins (seed 001: Metabase on ClickHouse and Postgres, and the stream in Metabase): the curated database's
 * gold, and with the poc profile the poc database's curated tables (the stream's posts among them), read-only.
 */
class MetabaseCuratedReaderTest {
    @Test
    void metabaseReadsCuratedGoldAndNothingElse() {
        List<PlannedResource> plan = OfflinePlan.run(MockRun.config("  onering:profiles: [core, analytics]\n"), ConfigFiles.projectDefault());
        assertReadOnlyLogin(plan, Metabase.CURATED_READER_ROLE, "curated", Metabase.CURATED_SCHEMA);
    }

    @Test
    void withoutMetabaseThereIsNoReader() {
        List<PlannedResource> plan = OfflinePlan.run(MockRun.config("  onering:profiles: [core]\n"), ConfigFiles.projectDefault());
        assertTrue(postgresGrants(plan, Metabase.CURATED_READER_ROLE).isEmpty());
    }

    @Test
    void withThePocProfileMetabaseReadsThePocDatabasesCuratedTablesAndNothingElse() {
        List<PlannedResource> plan = OfflinePlan.run(MockRun.config("  onering:profiles: [core, analytics, poc]\n"), ConfigFiles.projectDefault());
        assertReadOnlyLogin(plan, Metabase.POC_READER_ROLE, "poc", "curated");
        assertTrue(postgresGrants(OfflinePlan.run(MockRun.config("  onering:profiles: [core, analytics]\n"), ConfigFiles.projectDefault()),
                Metabase.POC_READER_ROLE).isEmpty(), "no poc login without the poc profile");
    }
}
