package com.onering.cli;

import com.onering.hooks.Hook;
import com.onering.hooks.bi.MetabaseHook;
import com.onering.hooks.catalog.OpenMetadataAirbyteHook;
import com.onering.hooks.catalog.OpenMetadataHook;
import com.onering.hooks.identity.ClickHouseRolesHook;
import com.onering.hooks.identity.LdapDirectoryHook;
import com.onering.hooks.identity.PostgresObjectsHook;
import com.onering.hooks.ingestion.AirbyteHook;
import com.onering.hooks.ingestion.AirbyteInstall;
import com.onering.hooks.ingestion.FlinkJobHook;
import com.onering.hooks.migrations.LiquibaseHook;
import com.onering.hooks.orchestration.AirflowAirbyteHook;
import com.onering.hooks.orchestration.AirflowOpenMetadataHook;
import com.onering.hooks.orchestration.AirflowHook;
import com.onering.hooks.orchestration.AirflowSecretsHook;
import com.onering.hooks.query.TrinoSchemasHook;
import com.onering.hooks.security.InfisicalHook;
import com.onering.hooks.security.ServiceSecretsHook;
import com.onering.hooks.storage.ObjectStoreHook;
import com.onering.hooks.streaming.IcebergCatalogBootstrap;
import com.onering.hooks.streaming.KafkaTopicsHook;
import com.onering.hooks.streaming.PulsarTopicsHook;
import java.util.List;
import java.util.Optional;

/** The registration list of hooks, by the name components use in their {@code HookSpec}s. */
public final class HookCatalog {
    private HookCatalog() {
    }

    public static List<Hook> all() {
        return List.of(
                ObjectStoreHook.platform(),
                ObjectStoreHook.pipelines(),
                ObjectStoreHook.ingestion(),
                LiquibaseHook.postgres(),
                LiquibaseHook.postgresPoc(),
                LiquibaseHook.clickhouse(),
                new KafkaTopicsHook(),
                new PulsarTopicsHook(),
                new AirflowHook(),
                new AirflowSecretsHook(),
                ServiceSecretsHook.curateTraffic(),
                new InfisicalHook(),
                new MetabaseHook(),
                new TrinoSchemasHook(),
                new OpenMetadataHook(),
                new OpenMetadataAirbyteHook(),
                new AirbyteHook(),
                new AirflowAirbyteHook(),
                new AirflowOpenMetadataHook(),
                new IcebergCatalogBootstrap(),
                new AirbyteInstall(),
                new FlinkJobHook(),
                new LdapDirectoryHook(),
                new ClickHouseRolesHook(),
                new PostgresObjectsHook());
    }

    public static Optional<Hook> named(String name) {
        return all().stream().filter(h -> h.name().equals(name)).findFirst();
    }
}
