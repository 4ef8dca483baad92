// Typed Pulumi binding in the layout of pulumi-java-gen output; the official provider
// schema is the source of truth (see the com.onering.providers package documentation).

package com.onering.providers.keycloak;

import com.onering.providers.PluginVersion;
import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.core.internal.Codegen;
import java.lang.String;
import java.util.List;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * The provider type for the keycloak package. By default, resources use package-wide configuration
 * settings, however an explicit `Provider` instance may be created and passed during resource
 * construction to achieve fine-grained programmatic control over provider settings. See the
 * [documentation](https://www.pulumi.com/docs/reference/programming-model/#providers) for more information.
 * 
 */
@ResourceType(type="pulumi:providers:keycloak")
public class Provider extends com.pulumi.resources.ProviderResource {
    @Export(name="accessToken", refs={String.class}, tree="[0]")
    private Output</* @Nullable */ String> accessToken;

    public Output<Optional<String>> accessToken() {
        return Codegen.optional(this.accessToken);
    }
    /**
     * The admin URL of the Keycloak instance if different from the main URL, before `/auth`
     * 
     */
    @Export(name="adminUrl", refs={String.class}, tree="[0]")
    private Output</* @Nullable */ String> adminUrl;

    /**
     * @return The admin URL of the Keycloak instance if different from the main URL, before `/auth`
     * 
     */
    public Output<Optional<String>> adminUrl() {
        return Codegen.optional(this.adminUrl);
    }
    @Export(name="basePath", refs={String.class}, tree="[0]")
    private Output</* @Nullable */ String> basePath;

    public Output<Optional<String>> basePath() {
        return Codegen.optional(this.basePath);
    }
    @Export(name="clientId", refs={String.class}, tree="[0]")
    private Output</* @Nullable */ String> clientId;

    public Output<Optional<String>> clientId() {
        return Codegen.optional(this.clientId);
    }
    @Export(name="clientSecret", refs={String.class}, tree="[0]")
    private Output</* @Nullable */ String> clientSecret;

    public Output<Optional<String>> clientSecret() {
        return Codegen.optional(this.clientSecret);
    }
    /**
     * The algorithm used to sign the JWT when client-jwt is used. Defaults to RS256.
     * 
     */
    @Export(name="jwtSigningAlg", refs={String.class}, tree="[0]")
    private Output</* @Nullable */ String> jwtSigningAlg;

    /**
     * @return The algorithm used to sign the JWT when client-jwt is used. Defaults to RS256.
     * 
     */
    public Output<Optional<String>> jwtSigningAlg() {
        return Codegen.optional(this.jwtSigningAlg);
    }
    /**
     * The PEM-formatted private key used to sign the JWT when client-jwt is used.
     * 
     */
    @Export(name="jwtSigningKey", refs={String.class}, tree="[0]")
    private Output</* @Nullable */ String> jwtSigningKey;

    /**
     * @return The PEM-formatted private key used to sign the JWT when client-jwt is used.
     * 
     */
    public Output<Optional<String>> jwtSigningKey() {
        return Codegen.optional(this.jwtSigningKey);
    }
    /**
     * A signed JWT token used for client authentication.
     * 
     */
    @Export(name="jwtToken", refs={String.class}, tree="[0]")
    private Output</* @Nullable */ String> jwtToken;

    /**
     * @return A signed JWT token used for client authentication.
     * 
     */
    public Output<Optional<String>> jwtToken() {
        return Codegen.optional(this.jwtToken);
    }
    /**
     * A path to a file containing a signed JWT token used for client authentication.
     * 
     */
    @Export(name="jwtTokenFile", refs={String.class}, tree="[0]")
    private Output</* @Nullable */ String> jwtTokenFile;

    /**
     * @return A path to a file containing a signed JWT token used for client authentication.
     * 
     */
    public Output<Optional<String>> jwtTokenFile() {
        return Codegen.optional(this.jwtTokenFile);
    }
    /**
     * The Keycloak version to assume when the server does not report it via the /admin/serverinfo endpoint. Useful on Keycloak 26.4+ when the service account lacks the view-system (or, since 26.5.4, manage-realms) role. Example: &#34;26.4.7&#34;.
     * 
     */
    @Export(name="keycloakVersion", refs={String.class}, tree="[0]")
    private Output</* @Nullable */ String> keycloakVersion;

    /**
     * @return The Keycloak version to assume when the server does not report it via the /admin/serverinfo endpoint. Useful on Keycloak 26.4+ when the service account lacks the view-system (or, since 26.5.4, manage-realms) role. Example: &#34;26.4.7&#34;.
     * 
     */
    public Output<Optional<String>> keycloakVersion() {
        return Codegen.optional(this.keycloakVersion);
    }
    @Export(name="password", refs={String.class}, tree="[0]")
    private Output</* @Nullable */ String> password;

    public Output<Optional<String>> password() {
        return Codegen.optional(this.password);
    }
    @Export(name="realm", refs={String.class}, tree="[0]")
    private Output</* @Nullable */ String> realm;

    public Output<Optional<String>> realm() {
        return Codegen.optional(this.realm);
    }
    /**
     * Allows x509 calls using an unknown CA certificate (for development purposes)
     * 
     */
    @Export(name="rootCaCertificate", refs={String.class}, tree="[0]")
    private Output</* @Nullable */ String> rootCaCertificate;

    /**
     * @return Allows x509 calls using an unknown CA certificate (for development purposes)
     * 
     */
    public Output<Optional<String>> rootCaCertificate() {
        return Codegen.optional(this.rootCaCertificate);
    }
    /**
     * TLS client certificate as PEM string for mutual authentication
     * 
     */
    @Export(name="tlsClientCertificate", refs={String.class}, tree="[0]")
    private Output</* @Nullable */ String> tlsClientCertificate;

    /**
     * @return TLS client certificate as PEM string for mutual authentication
     * 
     */
    public Output<Optional<String>> tlsClientCertificate() {
        return Codegen.optional(this.tlsClientCertificate);
    }
    /**
     * TLS client private key as PEM string for mutual authentication
     * 
     */
    @Export(name="tlsClientPrivateKey", refs={String.class}, tree="[0]")
    private Output</* @Nullable */ String> tlsClientPrivateKey;

    /**
     * @return TLS client private key as PEM string for mutual authentication
     * 
     */
    public Output<Optional<String>> tlsClientPrivateKey() {
        return Codegen.optional(this.tlsClientPrivateKey);
    }
    /**
     * The base URL of the Keycloak instance, before `/auth`
     * 
     */
    @Export(name="url", refs={String.class}, tree="[0]")
    private Output</* @Nullable */ String> url;

    /**
     * @return The base URL of the Keycloak instance, before `/auth`
     * 
     */
    public Output<Optional<String>> url() {
        return Codegen.optional(this.url);
    }
    @Export(name="username", refs={String.class}, tree="[0]")
    private Output</* @Nullable */ String> username;

    public Output<Optional<String>> username() {
        return Codegen.optional(this.username);
    }

    /**
     *
     * @param name The _unique_ name of the resulting resource.
     */
    public Provider(String name) {
        this(name, ProviderArgs.Empty);
    }
    /**
     *
     * @param name The _unique_ name of the resulting resource.
     * @param args The arguments to use to populate this resource's properties.
     */
    public Provider(String name, @Nullable ProviderArgs args) {
        this(name, args, null);
    }
    /**
     *
     * @param name The _unique_ name of the resulting resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param options A bag of options that control this resource's behavior.
     */
    public Provider(String name, @Nullable ProviderArgs args, @Nullable com.pulumi.resources.CustomResourceOptions options) {
        super("keycloak", name, args == null ? ProviderArgs.Empty : args, makeResourceOptions(options, Codegen.empty()));
    }

    private static com.pulumi.resources.CustomResourceOptions makeResourceOptions(@Nullable com.pulumi.resources.CustomResourceOptions options, @Nullable Output<String> id) {
        var defaultOptions = com.pulumi.resources.CustomResourceOptions.builder()
            .version(PluginVersion.of("keycloak"))
            .additionalSecretOutputs(List.of(
                "jwtSigningKey",
                "jwtToken"
            ))
            .build();
        return com.pulumi.resources.CustomResourceOptions.merge(defaultOptions, options, id);
    }

}
