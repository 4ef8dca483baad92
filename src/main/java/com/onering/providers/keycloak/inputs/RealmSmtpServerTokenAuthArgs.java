// Typed Pulumi binding in the layout of pulumi-java-gen output; the official provider
// schema is the source of truth (see the com.onering.providers package documentation).

package com.onering.providers.keycloak.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import java.lang.String;
import java.util.Objects;


public final class RealmSmtpServerTokenAuthArgs extends com.pulumi.resources.ResourceArgs {

    public static final RealmSmtpServerTokenAuthArgs Empty = new RealmSmtpServerTokenAuthArgs();

    /**
     * The auth token client ID.
     * 
     */
    @Import(name="clientId", required=true)
    private Output<String> clientId;

    /**
     * @return The auth token client ID.
     * 
     */
    public Output<String> clientId() {
        return this.clientId;
    }

    /**
     * The auth token client secret.
     * 
     */
    @Import(name="clientSecret", required=true)
    private Output<String> clientSecret;

    /**
     * @return The auth token client secret.
     * 
     */
    public Output<String> clientSecret() {
        return this.clientSecret;
    }

    /**
     * The auth token scope.
     * 
     */
    @Import(name="scope", required=true)
    private Output<String> scope;

    /**
     * @return The auth token scope.
     * 
     */
    public Output<String> scope() {
        return this.scope;
    }

    /**
     * The auth token URL.
     * 
     */
    @Import(name="url", required=true)
    private Output<String> url;

    /**
     * @return The auth token URL.
     * 
     */
    public Output<String> url() {
        return this.url;
    }

    @Import(name="username", required=true)
    private Output<String> username;

    public Output<String> username() {
        return this.username;
    }

    private RealmSmtpServerTokenAuthArgs() {}

    private RealmSmtpServerTokenAuthArgs(RealmSmtpServerTokenAuthArgs $) {
        this.clientId = $.clientId;
        this.clientSecret = $.clientSecret;
        this.scope = $.scope;
        this.url = $.url;
        this.username = $.username;
    }

    public static Builder builder() {
        return new Builder();
    }
    public static Builder builder(RealmSmtpServerTokenAuthArgs defaults) {
        return new Builder(defaults);
    }

    public static final class Builder {
        private RealmSmtpServerTokenAuthArgs $;

        public Builder() {
            $ = new RealmSmtpServerTokenAuthArgs();
        }

        public Builder(RealmSmtpServerTokenAuthArgs defaults) {
            $ = new RealmSmtpServerTokenAuthArgs(Objects.requireNonNull(defaults));
        }

        /**
         * @param clientId The auth token client ID.
         * 
         * @return builder
         * 
         */
        public Builder clientId(Output<String> clientId) {
            $.clientId = clientId;
            return this;
        }

        /**
         * @param clientId The auth token client ID.
         * 
         * @return builder
         * 
         */
        public Builder clientId(String clientId) {
            return clientId(Output.of(clientId));
        }

        /**
         * @param clientSecret The auth token client secret.
         * 
         * @return builder
         * 
         */
        public Builder clientSecret(Output<String> clientSecret) {
            $.clientSecret = clientSecret;
            return this;
        }

        /**
         * @param clientSecret The auth token client secret.
         * 
         * @return builder
         * 
         */
        public Builder clientSecret(String clientSecret) {
            return clientSecret(Output.of(clientSecret));
        }

        /**
         * @param scope The auth token scope.
         * 
         * @return builder
         * 
         */
        public Builder scope(Output<String> scope) {
            $.scope = scope;
            return this;
        }

        /**
         * @param scope The auth token scope.
         * 
         * @return builder
         * 
         */
        public Builder scope(String scope) {
            return scope(Output.of(scope));
        }

        /**
         * @param url The auth token URL.
         * 
         * @return builder
         * 
         */
        public Builder url(Output<String> url) {
            $.url = url;
            return this;
        }

        /**
         * @param url The auth token URL.
         * 
         * @return builder
         * 
         */
        public Builder url(String url) {
            return url(Output.of(url));
        }

        public Builder username(Output<String> username) {
            $.username = username;
            return this;
        }

        public Builder username(String username) {
            return username(Output.of(username));
        }

        public RealmSmtpServerTokenAuthArgs build() {
            if ($.clientId == null) {
                throw new MissingRequiredPropertyException("RealmSmtpServerTokenAuthArgs", "clientId");
            }
            if ($.clientSecret == null) {
                throw new MissingRequiredPropertyException("RealmSmtpServerTokenAuthArgs", "clientSecret");
            }
            if ($.scope == null) {
                throw new MissingRequiredPropertyException("RealmSmtpServerTokenAuthArgs", "scope");
            }
            if ($.url == null) {
                throw new MissingRequiredPropertyException("RealmSmtpServerTokenAuthArgs", "url");
            }
            if ($.username == null) {
                throw new MissingRequiredPropertyException("RealmSmtpServerTokenAuthArgs", "username");
            }
            return $;
        }
    }

}
