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

/** Metabase's login to the curated database (seed 001: Metabase on ClickHouse and Postgres): gold, read-only. */
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
}
