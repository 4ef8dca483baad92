package com.onering.components.transform;

import com.onering.components.query.Trino;
import com.onering.components.storage.ClickHouse;
import com.onering.components.storage.ObjectStore;
import com.onering.model.ComponentSpec;
import com.onering.model.Dependency;
import com.onering.model.HealthCheck;
import com.onering.model.ImageSource;
import com.onering.model.MemorySize;
import com.onering.model.PortSpec;
import com.onering.model.Profile;
import com.onering.model.Template;
import com.onering.model.WorkloadSpec;
import com.onering.platform.Component;
import com.onering.platform.PlatformContext;
import java.util.List;
import java.util.Map;

/**
 * The dbt runner: one image with dbt-clickhouse and dbt-trino and the projects under {@code config/dbt/}, and one
 * job per project that builds (runs and tests) its models once the engine is healthy. Each project's profiles.yml
 * reads its connection from the environment set here. The same image serves the projects' docs (models, columns,
 * lineage), built into it as a static site ({@code config/dbt/docs_site.py}).
 */
public final class Dbt implements Component {
    public static final String CLICKHOUSE_PROJECT = "clickhouse_analytics";
    public static final String TRINO_PROJECT = "trino_lakehouse";
    public static final String DOCS = "dbt-docs";
    static final int DOCS_PORT = 8580;
    /** Where the image's build put the docs site. */
    private static final String DOCS_SITE = "/home/dbt/docs";

    @Override
    public String name() {
        return "dbt";
    }

    @Override
    public Profile profile() {
        return Profile.ANALYTICS;
    }

    @Override
    public ComponentSpec describe(PlatformContext context) {
        ImageSource image = context.files().image("onering/dbt", "dbt");
        WorkloadSpec clickhouse = build("dbt-clickhouse-analytics", image, CLICKHOUSE_PROJECT)
                .env("CLICKHOUSE_HOST", ClickHouse.HOST)
                .env("CLICKHOUSE_PORT", String.valueOf(ClickHouse.HTTP_PORT))
                .env("CLICKHOUSE_USER", ClickHouse.ADMIN_USER)
                .env("CLICKHOUSE_PASSWORD", Template.secret(ClickHouse.ADMIN_PASSWORD))
                .env("CLICKHOUSE_DBT_SCHEMA", ClickHouse.DATABASE)
                .dependsOn(Dependency.healthy(ClickHouse.HOST))
                .build();
        String trinoDir = "/dbt/" + TRINO_PROJECT;
        // The RAW external table and the HMS schemas must exist before the models build (seed 002's one-time SQL
        // bootstrap, idempotent); they live in the platform's bronze and silver buckets.
        String bootstrap = "dbt run-operation bootstrap_lakehouse --project-dir " + trinoDir + " --profiles-dir " + trinoDir
                + " --args '{raw_location: \"s3://" + ObjectStore.Buckets.BRONZE + "/source=file/dataset=traffic/\", raw_bucket: "
                + ObjectStore.Buckets.BRONZE + ", curated_bucket: " + ObjectStore.Buckets.SILVER + "}'";
        WorkloadSpec trino = build("dbt-trino-lakehouse", image, TRINO_PROJECT)
                .command("sh", "-c", bootstrap + " && dbt build --project-dir " + trinoDir + " --profiles-dir " + trinoDir)
                .env("TRINO_HOST", Trino.HOST)
                .env("TRINO_PORT", String.valueOf(Trino.HTTPS_PORT))
                .env("TRINO_USER", Trino.DBT_USER)
                .env("TRINO_PASSWORD", Template.secret(Trino.passwordSecret(Trino.DBT_USER)))
                .env("TRINO_CATALOG", "hive")
                .dependsOn(Dependency.healthy(Trino.HOST))
                .build();
        WorkloadSpec docs = WorkloadSpec.service(DOCS, image)
                .command("python", "-m", "http.server", String.valueOf(DOCS_PORT), "--bind", "0.0.0.0", "--directory", DOCS_SITE)
                .port(PortSpec.published("http", DOCS_PORT, DOCS_PORT))
                .health(HealthCheck.pythonHttpGet("http://127.0.0.1:" + DOCS_PORT + "/"))
                .analystUi("http", "/")
                .memory(MemorySize.mebibytes(64))
                .build();
        return new ComponentSpec(name(), profile(), "onering:transform:Dbt", List.of(clickhouse, trino, docs),
                List.of(), List.of(), List.of(), Map.of());
    }

    private static WorkloadSpec.Builder build(String name, ImageSource image, String project) {
        String dir = "/dbt/" + project;
        return WorkloadSpec.job(name, image)
                .command("dbt", "build", "--project-dir", dir, "--profiles-dir", dir)
                .memory(MemorySize.mebibytes(512));
    }
}
