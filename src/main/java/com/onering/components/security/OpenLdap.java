package com.onering.components.security;

import com.onering.model.ComponentSpec;
import com.onering.model.HealthCheck;
import com.onering.model.HookSpec;
import com.onering.model.MemorySize;
import com.onering.model.PortSpec;
import com.onering.model.Profile;
import com.onering.model.Template;
import com.onering.model.VolumeSpec;
import com.onering.model.WorkloadSpec;
import com.onering.model.identity.Directory;
import com.onering.platform.Component;
import com.onering.platform.PlatformContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * OpenLDAP, the shared directory: Keycloak federates it, PostgreSQL and ClickHouse authenticate people against it.
 * A derived image of Debian's slapd (config/openldap); the entries below the suffix are applied by the
 * {@code ldap-directory} hook from the typed {@link Directory} declarations.
 */
public final class OpenLdap implements Component {
    public static final String HOST = "openldap";
    public static final int PORT = 389;
    public static final String HOOK = "ldap-directory";

    @Override
    public String name() {
        return "openldap";
    }

    @Override
    public Profile profile() {
        return Profile.SECURITY;
    }

    @Override
    public ComponentSpec describe(PlatformContext context) {
        Directory directory = Directory.declared(context.config().ldapSuffix());
        WorkloadSpec server = WorkloadSpec.service(HOST, context.files().image("onering/openldap", "openldap"))
                .env("LDAP_SUFFIX", directory.suffix())
                .secretFile("LDAP_ADMIN_PASSWORD_FILE", Directory.ADMIN_PASSWORD_SECRET, Template.secret(Directory.ADMIN_PASSWORD_SECRET))
                .port(PortSpec.published("ldap", PORT, 1389))
                .volume(VolumeSpec.data("openldap-data", "/var/lib/ldap"))
                // The root DSE is readable anonymously; it lists the suffix only once the mdb database is open.
                .health(HealthCheck.shell("ldapsearch -x -LLL -o nettimeout=3 -H ldap://127.0.0.1:389/ -s base -b '' namingContexts"
                        + " | grep -qi \"^namingContexts: $LDAP_SUFFIX\""))
                // slapd with an mdb of a few hundred entries stays far below this (about 20 MiB measured on the test server).
                .memory(MemorySize.mebibytes(128))
                .dataStore()
                .build();

        Map<String, String> hookEnv = new LinkedHashMap<>();
        hookEnv.put("LDAP_URL", "ldap://" + Template.endpoint(HOST, "ldap"));
        hookEnv.put("LDAP_BIND_DN", directory.adminDn());
        hookEnv.put("LDAP_BIND_PASSWORD", Template.secret(Directory.ADMIN_PASSWORD_SECRET));
        hookEnv.put("LDAP_MANAGED_UNITS", String.join(";", directory.managedUnits()));
        // The declared entries travel in the environment: any change to them updates the hook resource, which re-runs it.
        hookEnv.put("LDAP_ENTRIES", Directory.toJson(directory.entries()));

        Map<String, String> outputs = new LinkedHashMap<>();
        outputs.put("ldapUrl", "ldap://" + Template.endpoint(HOST, "ldap"));
        outputs.put("ldapAdminPassword", Template.secret(Directory.ADMIN_PASSWORD_SECRET));
        directory.people().forEach(p -> outputs.put("ldapPassword-" + p.uid(), Template.secret(p.passwordSecret())));
        return new ComponentSpec(name(), profile(), "onering:security:OpenLdap", List.of(server), directory.secrets(), List.of(),
                List.of(new HookSpec(HOOK, List.of(HOST), hookEnv, List.of())), outputs);
    }
}
