package com.onering.config;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
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
        if (!(raw instanceof Map<?, ?> settings)) {
            problems.add(ConfigProblem.of("publicEntry", "must be a map (" + String.join(", ", new TreeSet<>(KEYS)) + ")"));
            return Optional.empty();
        }
        int before = problems.size();
        settings.keySet().stream().map(String::valueOf).filter(k -> !KEYS.contains(k)).sorted().forEach(k -> problems.add(ConfigProblem.of(
                "publicEntry." + k, "unknown setting" + NearMiss.suggestion(k, KEYS) + "; known settings are " + String.join(", ", new TreeSet<>(KEYS)))));
        String domain = text(settings, "domain").orElse("");
        if (!DNS_NAME.matcher(domain).matches()) {
            problems.add(ConfigProblem.of("publicEntry.domain", (domain.isEmpty() ? "is needed" : "'" + domain + "' is not a DNS domain")
                    + ": each UI is served at <ui>.<domain>, e.g. data.example.com with a wildcard DNS record *.data.example.com"));
        }
        String tlsName = text(settings, "tls").orElse(Tls.ACME.configName());
        Optional<Tls> tls = List.of(Tls.values()).stream().filter(t -> t.configName().equals(tlsName)).findFirst();
        if (tls.isEmpty()) {
            problems.add(ConfigProblem.of("publicEntry.tls", "'" + tlsName + "' is not acme, acme-staging or internal"));
        }
        Optional<String> email = text(settings, "email");
        if (email.isPresent() && !EMAIL.matcher(email.get()).matches()) {
            problems.add(ConfigProblem.of("publicEntry.email", "'" + email.get() + "' is not an email address"));
        } else if (email.isEmpty() && tls.map(Tls::usesAcme).orElse(false)) {
            problems.add(ConfigProblem.of("publicEntry.email", "is needed with tls " + tlsName + ": Let's Encrypt writes there before a "
                    + "certificate expires unrenewed"));
        }
        return problems.size() > before ? Optional.empty() : Optional.of(new PublicEntrySettings(domain, email, tls.orElseThrow()));
    }

    private static Optional<String> text(Map<?, ?> settings, String key) {
        Object value = settings.get(key);
        return value == null || String.valueOf(value).isBlank() ? Optional.empty() : Optional.of(String.valueOf(value).strip());
    }
}
