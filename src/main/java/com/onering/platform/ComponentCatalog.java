package com.onering.platform;

import com.onering.components.orchestration.Airflow;
import com.onering.components.security.Infisical;
import com.onering.components.security.Keycloak;
import com.onering.components.security.OpenLdap;
import com.onering.components.storage.ClickHouse;
import com.onering.components.storage.ObjectStore;
import com.onering.components.storage.Postgres;
import com.onering.components.storage.Redis;
import java.util.List;

/** The registration list: every component the platform knows. Adding a component is one file plus one line here. */
public final class ComponentCatalog {
    private ComponentCatalog() {
    }

    public static List<Component> all() {
        return List.of(
                new Postgres(),
                new Redis(),
                new ClickHouse(),
                new ObjectStore(),
                new Airflow(),
                new Infisical(),
                new OpenLdap(),
                new Keycloak());
    }
}
