// Typed Pulumi binding in the layout of pulumi-java-gen output; the official provider
// schema is the source of truth (see the com.onering.providers package documentation).

package com.onering.providers.keycloak;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import java.lang.String;
import java.util.List;
import java.util.Objects;


public final class DefaultRolesArgs extends com.pulumi.resources.ResourceArgs {

    public static final DefaultRolesArgs Empty = new DefaultRolesArgs();

    /**
     * Roles assigned to new users by default.
     * 
     */
    @Import(name="defaultRoles", required=true)
    private Output<List<String>> defaultRoles;

    /**
     * @return Roles assigned to new users by default.
     * 
     */
    public Output<List<String>> defaultRoles() {
        return this.defaultRoles;
    }

    /**
     * The realm this role exists within.
     * 
     */
    @Import(name="realmId", required=true)
    private Output<String> realmId;

    /**
     * @return The realm this role exists within.
     * 
     */
    public Output<String> realmId() {
        return this.realmId;
    }

    private DefaultRolesArgs() {}

    private DefaultRolesArgs(DefaultRolesArgs $) {
        this.defaultRoles = $.defaultRoles;
        this.realmId = $.realmId;
    }

    public static Builder builder() {
        return new Builder();
    }
    public static Builder builder(DefaultRolesArgs defaults) {
        return new Builder(defaults);
    }

    public static final class Builder {
        private DefaultRolesArgs $;

        public Builder() {
            $ = new DefaultRolesArgs();
        }

        public Builder(DefaultRolesArgs defaults) {
            $ = new DefaultRolesArgs(Objects.requireNonNull(defaults));
        }

        /**
         * @param defaultRoles Roles assigned to new users by default.
         * 
         * @return builder
         * 
         */
        public Builder defaultRoles(Output<List<String>> defaultRoles) {
            $.defaultRoles = defaultRoles;
            return this;
        }

        /**
         * @param defaultRoles Roles assigned to new users by default.
         * 
         * @return builder
         * 
         */
        public Builder defaultRoles(List<String> defaultRoles) {
            return defaultRoles(Output.of(defaultRoles));
        }

        /**
         * @param defaultRoles Roles assigned to new users by default.
         * 
         * @return builder
         * 
         */
        public Builder defaultRoles(String... defaultRoles) {
            return defaultRoles(List.of(defaultRoles));
        }

        /**
         * @param realmId The realm this role exists within.
         * 
         * @return builder
         * 
         */
        public Builder realmId(Output<String> realmId) {
            $.realmId = realmId;
            return this;
        }

        /**
         * @param realmId The realm this role exists within.
         * 
         * @return builder
         * 
         */
        public Builder realmId(String realmId) {
            return realmId(Output.of(realmId));
        }

        public DefaultRolesArgs build() {
            if ($.defaultRoles == null) {
                throw new MissingRequiredPropertyException("DefaultRolesArgs", "defaultRoles");
            }
            if ($.realmId == null) {
                throw new MissingRequiredPropertyException("DefaultRolesArgs", "realmId");
            }
            return $;
        }
    }

}
