// Typed Pulumi binding in the layout of pulumi-java-gen output; the official provider
// schema is the source of truth (see the com.onering.providers package documentation).

package com.onering.providers.keycloak.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import java.lang.String;
import java.util.Objects;


public final class RealmSmtpServerAuthArgs extends com.pulumi.resources.ResourceArgs {

    public static final RealmSmtpServerAuthArgs Empty = new RealmSmtpServerAuthArgs();

    /**
     * The SMTP server password.
     * 
     */
    @Import(name="password", required=true)
    private Output<String> password;

    /**
     * @return The SMTP server password.
     * 
     */
    public Output<String> password() {
        return this.password;
    }

    @Import(name="username", required=true)
    private Output<String> username;

    public Output<String> username() {
        return this.username;
    }

    private RealmSmtpServerAuthArgs() {}

    private RealmSmtpServerAuthArgs(RealmSmtpServerAuthArgs $) {
        this.password = $.password;
        this.username = $.username;
    }

    public static Builder builder() {
        return new Builder();
    }
    public static Builder builder(RealmSmtpServerAuthArgs defaults) {
        return new Builder(defaults);
    }

    public static final class Builder {
        private RealmSmtpServerAuthArgs $;

        public Builder() {
            $ = new RealmSmtpServerAuthArgs();
        }

        public Builder(RealmSmtpServerAuthArgs defaults) {
            $ = new RealmSmtpServerAuthArgs(Objects.requireNonNull(defaults));
        }

        /**
         * @param password The SMTP server password.
         * 
         * @return builder
         * 
         */
        public Builder password(Output<String> password) {
            $.password = password;
            return this;
        }

        /**
         * @param password The SMTP server password.
         * 
         * @return builder
         * 
         */
        public Builder password(String password) {
            return password(Output.of(password));
        }

        public Builder username(Output<String> username) {
            $.username = username;
            return this;
        }

        public Builder username(String username) {
            return username(Output.of(username));
        }

        public RealmSmtpServerAuthArgs build() {
            if ($.password == null) {
                throw new MissingRequiredPropertyException("RealmSmtpServerAuthArgs", "password");
            }
            if ($.username == null) {
                throw new MissingRequiredPropertyException("RealmSmtpServerAuthArgs", "username");
            }
            return $;
        }
    }

}
