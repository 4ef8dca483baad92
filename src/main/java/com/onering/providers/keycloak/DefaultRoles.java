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
import javax.annotation.Nullable;

/**
 * Allows managing default roles within Keycloak.
 * 
 * Note: This feature was added in Keycloak v13, so this resource will not work on older versions of Keycloak.
 * 
 */
@ResourceType(type="keycloak:index/defaultRoles:DefaultRoles")
public class DefaultRoles extends com.pulumi.resources.CustomResource {
    /**
     * Roles assigned to new users by default.
     * 
     */
    @Export(name="defaultRoles", refs={List.class,String.class}, tree="[0,1]")
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
    @Export(name="realmId", refs={String.class}, tree="[0]")
    private Output<String> realmId;

    /**
     * @return The realm this role exists within.
     * 
     */
    public Output<String> realmId() {
        return this.realmId;
    }

    /**
     *
     * @param name The _unique_ name of the resulting resource.
     */
    public DefaultRoles(String name) {
        this(name, DefaultRolesArgs.Empty);
    }
    /**
     *
     * @param name The _unique_ name of the resulting resource.
     * @param args The arguments to use to populate this resource's properties.
     */
    public DefaultRoles(String name, DefaultRolesArgs args) {
        this(name, args, null);
    }
    /**
     *
     * @param name The _unique_ name of the resulting resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param options A bag of options that control this resource's behavior.
     */
    public DefaultRoles(String name, DefaultRolesArgs args, @Nullable com.pulumi.resources.CustomResourceOptions options) {
        super("keycloak:index/defaultRoles:DefaultRoles", name, args == null ? DefaultRolesArgs.Empty : args, makeResourceOptions(options, Codegen.empty()));
    }

    private static com.pulumi.resources.CustomResourceOptions makeResourceOptions(@Nullable com.pulumi.resources.CustomResourceOptions options, @Nullable Output<String> id) {
        var defaultOptions = com.pulumi.resources.CustomResourceOptions.builder()
            .version(PluginVersion.of("keycloak"))
            .build();
        return com.pulumi.resources.CustomResourceOptions.merge(defaultOptions, options, id);
    }

}
