package com.onering.components.security;

import com.onering.config.PublicEntrySettings;
import com.onering.model.ComponentSpec;
import com.onering.model.FileSpec;
import com.onering.model.HealthCheck;
import com.onering.model.ImageSource;
import com.onering.model.MemorySize;
import com.onering.model.PortSpec;
import com.onering.model.Profile;
import com.onering.model.VolumeSpec;
import com.onering.model.WorkloadSpec;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The one public entry of a remote host: Caddy on the host's ports 80 and 443, serving each gated UI at
 * {@code https://<ui>.<domain>} through its oauth2-proxy gate and Keycloak's login at {@code https://keycloak.<domain>}
 * (its public paths only),
 * with certificates it obtains and renews itself (ACME HTTP-01 on port 80, which otherwise only redirects to HTTPS).
 * Not a catalog component: the assembler adds it after the gates when the stack sets {@code onering:publicEntry}.
 */
public final class PublicEntry {
    public static final String NAME = "public-entry";
    /** The official image's Alpine variant: busybox's wget answers the health check. */
    static final ImageSource IMAGE = new ImageSource.Pulled("docker.io/library/caddy", "2.11.4-alpine");
    public static final int HTTP_PORT = 80;
    public static final int HTTPS_PORT = 443;
    static final String CADDYFILE = "/etc/caddy/Caddyfile";
    /** Certificates and the ACME account: kept across updates and destroys, or every recreate asks Let's Encrypt anew. */
    static final String DATA_DIR = "/data";
    static final String LETS_ENCRYPT_STAGING = "https://acme-staging-v02.api.letsencrypt.org/directory";
    /**
     * What browsers and relying parties need of Keycloak: logins, tokens and discovery, and their static files. The
     * admin console and admin REST API (/admin), health and metrics stay inside (Keycloak's reverse proxy guide,
     * "Exposed path recommendations"); administrators reach them over SSH.
     */
    static final List<String> KEYCLOAK_PUBLIC_PATHS = List.of("/realms/*", "/resources/*", "/.well-known/*");

    /** One public host name: its upstream, and the only paths served when the list is not empty. */
    record Site(String upstream, List<String> paths) {
    }

    private PublicEntry() {
    }

    /**
     * The entry in front of {@code components} (already gated): a site per gate, named after the UI it guards, and one
     * for Keycloak's login.
     */
    public static ComponentSpec around(PublicEntrySettings settings, List<ComponentSpec> components) {
        Map<String, Site> sites = new TreeMap<>();
        components.stream().flatMap(c -> c.workloads().stream()).forEach(workload -> {
            if (workload.name().endsWith(OAuth2Proxy.GATE_SUFFIX)) {
                sites.put(settings.hostName(OAuth2Proxy.publicName(workload.name())), new Site(workload.name() + ":" + OAuth2Proxy.PORT, List.of()));
            } else if (workload.name().equals(Keycloak.HOST)) {
                sites.put(settings.hostName(Keycloak.HOST), new Site(Keycloak.HOST + ":" + Keycloak.HTTP_PORT, KEYCLOAK_PUBLIC_PATHS));
            }
        });
        WorkloadSpec caddy = WorkloadSpec.service(NAME, IMAGE)
                .file(FileSpec.of(CADDYFILE, caddyfile(settings, sites)))
                .port(PortSpec.everyInterface("http", HTTP_PORT, HTTP_PORT))
                .port(PortSpec.everyInterface("https", HTTPS_PORT, HTTPS_PORT))
                .volume(VolumeSpec.data("data", DATA_DIR))
                // The admin API listens on the container's loopback only (Caddy's default): it answers once the config is loaded.
                .health(HealthCheck.exec("wget", "-q", "-O", "/dev/null", "http://127.0.0.1:2019/config/"))
                .memory(MemorySize.mebibytes(128))
                .build();
        return new ComponentSpec(NAME, Profile.SECURITY, "onering:security:PublicEntry", List.of(caddy), List.of(), List.of(), List.of(), Map.of());
    }

    /**
     * The Caddyfile: one site per host name, each a reverse proxy to its server on the platform network. HTTP/3 is off:
     * the host's firewall lets in TCP only.
     */
    static String caddyfile(PublicEntrySettings settings, Map<String, Site> sites) {
        StringBuilder file = new StringBuilder("# Written by OneRing: each public host name to its server on the platform network.\n{\n");
        settings.email().ifPresent(email -> file.append("\temail ").append(email).append('\n'));
        if (settings.tls() == PublicEntrySettings.Tls.ACME_STAGING) {
            file.append("\tacme_ca ").append(LETS_ENCRYPT_STAGING).append('\n');
        }
        file.append("\tservers {\n\t\tprotocols h1 h2\n\t}\n}\n");
        sites.forEach((host, site) -> {
            file.append('\n').append(host).append(" {\n");
            if (settings.tls() == PublicEntrySettings.Tls.INTERNAL) {
                file.append("\ttls internal\n");
            }
            if (site.paths().isEmpty()) {
                file.append("\treverse_proxy ").append(site.upstream()).append('\n');
            } else {
                // handle blocks, not a bare respond: Caddy orders respond before reverse_proxy whatever the file says.
                file.append("\t@public path ").append(String.join(" ", site.paths())).append('\n')
                        .append("\thandle @public {\n\t\treverse_proxy ").append(site.upstream()).append("\n\t}\n")
                        .append("\thandle {\n\t\trespond 404\n\t}\n");
            }
            file.append("}\n");
        });
        return file.toString();
    }
}
