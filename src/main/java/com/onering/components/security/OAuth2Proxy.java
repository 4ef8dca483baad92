package com.onering.components.security;

import com.onering.model.Dependency;
import com.onering.model.HealthCheck;
import com.onering.model.ImageSource;
import com.onering.model.MemorySize;
import com.onering.model.PortSpec;
import com.onering.model.Template;
import com.onering.model.UiSpec;
import com.onering.model.WorkloadSpec;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An oauth2-proxy in front of one UI: the browser logs in at Keycloak (realm {@value Keycloak#REALM}), the proxy admits
 * members of the allowed groups and forwards to the UI on the platform network. Not a catalog component: the
 * platform's {@code Gatekeeper} adds one per UI when the security profile is on.
 */
public final class OAuth2Proxy {
    /** The -alpine variant: the default image is distroless, with nothing to run a health probe in. */
    static final ImageSource IMAGE = new ImageSource.Pulled("quay.io/oauth2-proxy/oauth2-proxy", "v7.15.3-alpine");
    public static final int PORT = 4180;
    public static final String PORT_NAME = "http";
    public static final String CALLBACK_PATH = "/oauth2/callback";
    /** A gate is named after the UI it guards: {@code <ui>-gate}. */
    public static final String GATE_SUFFIX = "-gate";
    /** The port name by which a UI says it serves HTTPS itself. */
    public static final String HTTPS_PORT_NAME = "https";

    private OAuth2Proxy() {
    }

    /**
     * The name under which browsers know a published workload: a gate is known by the UI it guards (it takes over the
     * UI's host port on Docker, its host name on a cluster).
     */
    public static String publicName(String workload) {
        return workload.endsWith(GATE_SUFFIX) ? workload.substring(0, workload.length() - GATE_SUFFIX.length()) : workload;
    }

    /**
     * The proxy workload for {@code ui} (whose UI port is {@code uiPort}), published on {@code hostPort}, where browsers
     * reach it at {@code publicUrl}; {@code keycloakPublicUrl} is where browsers log in.
     */
    public static WorkloadSpec forUi(String name, WorkloadSpec ui, UiSpec uiSpec, int uiPort, int hostPort, String publicUrl,
                                     String keycloakPublicUrl, List<String> allowedGroups, String clientId,
                                     String clientSecret, String cookieSecret) {
        String publicRealm = keycloakPublicUrl + "/realms/" + Keycloak.REALM;
        String internalOidc = Keycloak.internalRealmUrl() + "/protocol/openid-connect";
        boolean tlsUpstream = uiSpec.portName().equals(HTTPS_PORT_NAME);
        return WorkloadSpec.service(name, IMAGE)
                .env("OAUTH2_PROXY_HTTP_ADDRESS", "0.0.0.0:" + PORT)
                .env("OAUTH2_PROXY_PROVIDER", "keycloak-oidc")
                .env("OAUTH2_PROXY_CLIENT_ID", clientId)
                // Read whole, untrimmed (v7.15.3 --client-secret-file, --cookie-secret-file): the files end without a newline.
                .secretFile("OAUTH2_PROXY_CLIENT_SECRET_FILE", clientSecret, Template.secret(clientSecret))
                .secretFile("OAUTH2_PROXY_COOKIE_SECRET_FILE", cookieSecret, Template.secret(cookieSecret))
                // Cookies are not scoped by port: every UI on the same address needs its own cookie name.
                .env("OAUTH2_PROXY_COOKIE_NAME", "_oauth2_proxy_" + clientId.replace('-', '_'))
                // Secure cookies where browsers arrive over HTTPS (a public entry, a cluster's TLS ingress); on the plain
                // HTTP of the publish address a secure cookie would never come back.
                .env("OAUTH2_PROXY_COOKIE_SECURE", String.valueOf(publicUrl.startsWith("https://")))
                .env("OAUTH2_PROXY_REDIRECT_URL", publicUrl + CALLBACK_PATH)
                // The issuer is the browser-facing URL, which the container cannot reach; so no discovery, and the
                // back-channel endpoints are given by their in-network name.
                .env("OAUTH2_PROXY_OIDC_ISSUER_URL", publicRealm)
                .env("OAUTH2_PROXY_SKIP_OIDC_DISCOVERY", "true")
                .env("OAUTH2_PROXY_LOGIN_URL", publicRealm + "/protocol/openid-connect/auth")
                .env("OAUTH2_PROXY_REDEEM_URL", internalOidc + "/token")
                .env("OAUTH2_PROXY_OIDC_JWKS_URL", internalOidc + "/certs")
                .env("OAUTH2_PROXY_PROFILE_URL", internalOidc + "/userinfo")
                .env("OAUTH2_PROXY_VALIDATE_URL", internalOidc + "/userinfo")
                .env("OAUTH2_PROXY_CODE_CHALLENGE_METHOD", "S256")
                .env("OAUTH2_PROXY_EMAIL_DOMAINS", "*")
                .env("OAUTH2_PROXY_ALLOWED_GROUPS", String.join(",", allowedGroups))
                .env("OAUTH2_PROXY_UPSTREAMS", (tlsUpstream ? "https://" : "http://") + ui.name() + ":" + uiPort + "/")
                // A UI on an "https" port serves a certificate it signs itself (Trino's): encrypted, not verified.
                .env(tlsUpstream ? Map.of("OAUTH2_PROXY_SSL_UPSTREAM_INSECURE_SKIP_VERIFY", "true") : Map.of())
                // The UI's machine API authenticates itself (tokens, sessions): browsers log in through the realm, hooks
                // and tools reach the API through the same gate.
                .env(uiSpec.apiPrefixes().isEmpty() ? Map.of() : Map.of("OAUTH2_PROXY_SKIP_AUTH_ROUTES",
                        uiSpec.apiPrefixes().stream().map(prefix -> "^" + prefix).collect(Collectors.joining(","))))
                .env("OAUTH2_PROXY_SKIP_PROVIDER_BUTTON", "true")
                .port(PortSpec.published(PORT_NAME, PORT, hostPort))
                // busybox wget is in the alpine image; /ping answers without a session.
                .health(HealthCheck.exec("wget", "-q", "-O", "/dev/null", "http://127.0.0.1:" + PORT + "/ping"))
                .ui("http", uiSpec.path())
                .dependsOn(Dependency.healthy(ui.name()))
                .dependsOn(Dependency.healthy(Keycloak.HOST))
                // A Go binary holding sessions in cookies: about 20 MiB resident.
                .memory(MemorySize.mebibytes(32))
                .build();
    }
}
