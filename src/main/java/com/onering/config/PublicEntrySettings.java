package com.onering.config;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one public entry of a remote host ({@code onering:publicEntry}, a map): a reverse proxy on the host's ports 80
 * and 443 that serves each gated UI at {@code https://<ui>.<domain>} and Keycloak's login at
 * {@code https://keycloak.<domain>}, with certificates from Let's Encrypt for the account {@code email}
 * ({@code tls: acme}), from its staging service ({@code acme-staging}: untrusted certificates, generous rate limits,
 * for trying a new host) or from the proxy's own local CA ({@code internal}: for tests and hosts without public DNS).
 */
public record PublicEntrySettings(String domain, Optional<String> email, Tls tls) {
    static final Set<String> KEYS = Set.of("domain", "email", "tls");
    private static final Pattern DNS_NAME = Pattern.compile("^(?=.{1,200}$)[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)+$");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    /** Where the entry's certificates come from. */
    public enum Tls {
        ACME("acme"), ACME_STAGING("acme-staging"), INTERNAL("internal");

        private final String configName;

        Tls(String configName) {
            this.configName = configName;
        }

        public String configName() {
            return configName;
        }

        public boolean usesAcme() {
            return this != INTERNAL;
        }
    }

    /** The host name a UI or the login is served at. */
    public String hostName(String workload) {
        return workload + "." + domain;
    }

    /** The settings of {@code raw} (the {@code onering:publicEntry} value), adding a problem per mistake. */
    static Optional<PublicEntrySettings> read(Object raw, List<ConfigProblem> problems) {
        int before = problems.size();
        SettingsReader reader = SettingsReader.of("publicEntry", "entry settings", raw, KEYS, problems);
        Optional<String> domain = reader.check("domain", reader.required("domain", "is needed: each UI is served at <ui>.<domain>, e.g. "
                + "data.example.com with a wildcard DNS record *.data.example.com"), DNS_NAME, "a DNS domain such as data.example.com");
        String tlsName = reader.string("tls").orElse(Tls.ACME.configName());
        Optional<Tls> tls = List.of(Tls.values()).stream().filter(t -> t.configName().equals(tlsName)).findFirst();
        if (tls.isEmpty()) {
            reader.problem("tls", "'" + tlsName + "' is not acme, acme-staging or internal");
        }
        Optional<String> email = reader.matching("email", EMAIL, "an email address");
        if (!reader.settings().containsKey("email") && tls.map(Tls::usesAcme).orElse(false)) {
            reader.problem("email", "is needed with tls " + tlsName + ": Let's Encrypt writes there before a certificate expires unrenewed");
        }
        return problems.size() > before ? Optional.empty() : Optional.of(new PublicEntrySettings(domain.orElseThrow(), email, tls.orElseThrow()));
    }
}
