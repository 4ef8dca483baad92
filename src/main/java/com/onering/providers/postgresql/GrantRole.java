// Typed Pulumi binding in the layout of pulumi-java-gen output; the official provider
// schema is the source of truth (see the com.onering.providers package documentation).

package com.onering.providers.postgresql;

import com.onering.providers.PluginVersion;
import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.core.internal.Codegen;
import java.lang.Boolean;
import java.lang.String;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * The ``postgresql.GrantRole`` resource creates and manages membership in a role to one or more other roles in a non-authoritative way.
 * 
 * When using ``postgresql.GrantRole`` resource it is likely because the PostgreSQL role you are modifying was created outside of this provider.
 * 
 */
@ResourceType(type="postgresql:index/grantRole:GrantRole")
public class GrantRole extends com.pulumi.resources.CustomResource {
    /**
     * The name of the role that is added to `role`.
     * 
     */
    @Export(name="grantRole", refs={String.class}, tree="[0]")
    private Output<String> grantRole;

    /**
     * @return The name of the role that is added to `role`.
     * 
     */
    public Output<String> grantRole() {
        return this.grantRole;
    }
    /**
     * The name of the role that is granted a new membership.
     * 
     */
    @Export(name="role", refs={String.class}, tree="[0]")
    private Output<String> role;

    /**
     * @return The name of the role that is granted a new membership.
     * 
     */
    public Output<String> role() {
        return this.role;
    }
    /**
     * Giving ability to grant membership to others or not for `role`. (Default: false)
     * 
     */
    @Export(name="withAdminOption", refs={Boolean.class}, tree="[0]")
    private Output</* @Nullable */ Boolean> withAdminOption;

    /**
     * @return Giving ability to grant membership to others or not for `role`. (Default: false)
     * 
     */
    public Output<Optional<Boolean>> withAdminOption() {
        return Codegen.optional(this.withAdminOption);
    }

    /**
     *
     * @param name The _unique_ name of the resulting resource.
     */
    public GrantRole(String name) {
        this(name, GrantRoleArgs.Empty);
    }
    /**
     *
     * @param name The _unique_ name of the resulting resource.
     * @param args The arguments to use to populate this resource's properties.
     */
    public GrantRole(String name, GrantRoleArgs args) {
        this(name, args, null);
    }
    /**
     *
     * @param name The _unique_ name of the resulting resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param options A bag of options that control this resource's behavior.
     */
    public GrantRole(String name, GrantRoleArgs args, @Nullable com.pulumi.resources.CustomResourceOptions options) {
        super("postgresql:index/grantRole:GrantRole", name, args == null ? GrantRoleArgs.Empty : args, makeResourceOptions(options, Codegen.empty()));
    }

    private static com.pulumi.resources.CustomResourceOptions makeResourceOptions(@Nullable com.pulumi.resources.CustomResourceOptions options, @Nullable Output<String> id) {
        var defaultOptions = com.pulumi.resources.CustomResourceOptions.builder()
            .version(PluginVersion.of("postgresql"))
            .build();
        return com.pulumi.resources.CustomResourceOptions.merge(defaultOptions, options, id);
    }

}
