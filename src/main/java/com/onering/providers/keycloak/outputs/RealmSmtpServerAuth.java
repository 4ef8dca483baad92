// Typed Pulumi binding in the layout of pulumi-java-gen output; the official provider
// schema is the source of truth (see the com.onering.providers package documentation).

package com.onering.providers.keycloak.outputs;

import com.pulumi.core.annotations.CustomType;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import java.lang.String;
import java.util.Objects;

@CustomType
public final class RealmSmtpServerAuth {
    /**
     * @return The SMTP server password.
     * 
     */
    private String password;
    private String username;

    private RealmSmtpServerAuth() {}
    /**
     * @return The SMTP server password.
     * 
     */
    public String password() {
        return this.password;
    }
    public String username() {
        return this.username;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Builder builder(RealmSmtpServerAuth defaults) {
        return new Builder(defaults);
    }
    @CustomType.Builder
    public static final class Builder {
        private String password;
        private String username;
        public Builder() {}
        public Builder(RealmSmtpServerAuth defaults) {
            Objects.requireNonNull(defaults);
            this.password = defaults.password;
            this.username = defaults.username;
        }

        @CustomType.Setter
        public Builder password(String password) {
            if (password == null) {
              throw new MissingRequiredPropertyException("RealmSmtpServerAuth", "password");
            }
            this.password = password;
            return this;
        }
        @CustomType.Setter
        public Builder username(String username) {
            if (username == null) {
              throw new MissingRequiredPropertyException("RealmSmtpServerAuth", "username");
            }
            this.username = username;
            return this;
        }
        public RealmSmtpServerAuth build() {
            final var _resultValue = new RealmSmtpServerAuth();
            _resultValue.password = password;
            _resultValue.username = username;
            return _resultValue;
        }
    }
}
