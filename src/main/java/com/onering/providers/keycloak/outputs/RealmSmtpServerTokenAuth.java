// Typed Pulumi binding in the layout of pulumi-java-gen output; the official provider
// schema is the source of truth (see the com.onering.providers package documentation).

package com.onering.providers.keycloak.outputs;

import com.pulumi.core.annotations.CustomType;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import java.lang.String;
import java.util.Objects;

@CustomType
public final class RealmSmtpServerTokenAuth {
    /**
     * @return The auth token client ID.
     * 
     */
    private String clientId;
    /**
     * @return The auth token client secret.
     * 
     */
    private String clientSecret;
    /**
     * @return The auth token scope.
     * 
     */
    private String scope;
    /**
     * @return The auth token URL.
     * 
     */
    private String url;
    private String username;

    private RealmSmtpServerTokenAuth() {}
    /**
     * @return The auth token client ID.
     * 
     */
    public String clientId() {
        return this.clientId;
    }
    /**
     * @return The auth token client secret.
     * 
     */
    public String clientSecret() {
        return this.clientSecret;
    }
    /**
     * @return The auth token scope.
     * 
     */
    public String scope() {
        return this.scope;
    }
    /**
     * @return The auth token URL.
     * 
     */
    public String url() {
        return this.url;
    }
    public String username() {
        return this.username;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Builder builder(RealmSmtpServerTokenAuth defaults) {
        return new Builder(defaults);
    }
    @CustomType.Builder
    public static final class Builder {
        private String clientId;
        private String clientSecret;
        private String scope;
        private String url;
        private String username;
        public Builder() {}
        public Builder(RealmSmtpServerTokenAuth defaults) {
            Objects.requireNonNull(defaults);
            this.clientId = defaults.clientId;
            this.clientSecret = defaults.clientSecret;
            this.scope = defaults.scope;
            this.url = defaults.url;
            this.username = defaults.username;
        }

        @CustomType.Setter
        public Builder clientId(String clientId) {
            if (clientId == null) {
              throw new MissingRequiredPropertyException("RealmSmtpServerTokenAuth", "clientId");
            }
            this.clientId = clientId;
            return this;
        }
        @CustomType.Setter
        public Builder clientSecret(String clientSecret) {
            if (clientSecret == null) {
              throw new MissingRequiredPropertyException("RealmSmtpServerTokenAuth", "clientSecret");
            }
            this.clientSecret = clientSecret;
            return this;
        }
        @CustomType.Setter
        public Builder scope(String scope) {
            if (scope == null) {
              throw new MissingRequiredPropertyException("RealmSmtpServerTokenAuth", "scope");
            }
            this.scope = scope;
            return this;
        }
        @CustomType.Setter
        public Builder url(String url) {
            if (url == null) {
              throw new MissingRequiredPropertyException("RealmSmtpServerTokenAuth", "url");
            }
            this.url = url;
            return this;
        }
        @CustomType.Setter
        public Builder username(String username) {
            if (username == null) {
              throw new MissingRequiredPropertyException("RealmSmtpServerTokenAuth", "username");
            }
            this.username = username;
            return this;
        }
        public RealmSmtpServerTokenAuth build() {
            final var _resultValue = new RealmSmtpServerTokenAuth();
            _resultValue.clientId = clientId;
            _resultValue.clientSecret = clientSecret;
            _resultValue.scope = scope;
            _resultValue.url = url;
            _resultValue.username = username;
            return _resultValue;
        }
    }
}
