// Typed Pulumi binding in the layout of pulumi-java-gen output; the official provider
// schema is the source of truth (see the com.onering.providers package documentation).

package com.onering.providers.keycloak.ldap;

import com.onering.providers.PluginVersion;
import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.core.internal.Codegen;
import java.lang.Boolean;
import java.lang.String;
import java.util.List;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * Allows for creating and managing group mappers for Keycloak users federated via LDAP.
 * 
 * The LDAP group mapper can be used to map an LDAP user's groups from some DN to Keycloak groups. This group mapper will also
 * create the groups within Keycloak if they do not already exist.
 * 
 */
@ResourceType(type="keycloak:ldap/groupMapper:GroupMapper")
public class GroupMapper extends com.pulumi.resources.CustomResource {
    /**
     * When `true`, groups that no longer exist within LDAP will be dropped in Keycloak during sync. Defaults to `false`.
     * 
     */
    @Export(name="dropNonExistingGroupsDuringSync", refs={Boolean.class}, tree="[0]")
    private Output</* @Nullable */ Boolean> dropNonExistingGroupsDuringSync;

    /**
     * @return When `true`, groups that no longer exist within LDAP will be dropped in Keycloak during sync. Defaults to `false`.
     * 
     */
    public Output<Optional<Boolean>> dropNonExistingGroupsDuringSync() {
        return Codegen.optional(this.dropNonExistingGroupsDuringSync);
    }
    /**
     * The name of the LDAP attribute that is used in group objects for the name and RDN of the group. Typically `cn`.
     * 
     */
    @Export(name="groupNameLdapAttribute", refs={String.class}, tree="[0]")
    private Output<String> groupNameLdapAttribute;

    /**
     * @return The name of the LDAP attribute that is used in group objects for the name and RDN of the group. Typically `cn`.
     * 
     */
    public Output<String> groupNameLdapAttribute() {
        return this.groupNameLdapAttribute;
    }
    /**
     * List of strings representing the object classes for the group. Must contain at least one.
     * 
     */
    @Export(name="groupObjectClasses", refs={List.class,String.class}, tree="[0,1]")
    private Output<List<String>> groupObjectClasses;

    /**
     * @return List of strings representing the object classes for the group. Must contain at least one.
     * 
     */
    public Output<List<String>> groupObjectClasses() {
        return this.groupObjectClasses;
    }
    /**
     * When specified, adds a custom filter to be used when querying for groups. Must start with `(` and end with `)`.
     * 
     */
    @Export(name="groupsLdapFilter", refs={String.class}, tree="[0]")
    private Output</* @Nullable */ String> groupsLdapFilter;

    /**
     * @return When specified, adds a custom filter to be used when querying for groups. Must start with `(` and end with `)`.
     * 
     */
    public Output<Optional<String>> groupsLdapFilter() {
        return Codegen.optional(this.groupsLdapFilter);
    }
    /**
     * Keycloak group path the LDAP groups are added to. For example if value `/Applications/App1` is used, then LDAP groups will be available in Keycloak under group `App1`, which is the child of top level group `Applications`. The configured group path must already exist in Keycloak when creating this mapper.
     * 
     */
    @Export(name="groupsPath", refs={String.class}, tree="[0]")
    private Output<String> groupsPath;

    /**
     * @return Keycloak group path the LDAP groups are added to. For example if value `/Applications/App1` is used, then LDAP groups will be available in Keycloak under group `App1`, which is the child of top level group `Applications`. The configured group path must already exist in Keycloak when creating this mapper.
     * 
     */
    public Output<String> groupsPath() {
        return this.groupsPath;
    }
    /**
     * When `true`, missing groups in the hierarchy will be ignored.
     * 
     */
    @Export(name="ignoreMissingGroups", refs={Boolean.class}, tree="[0]")
    private Output</* @Nullable */ Boolean> ignoreMissingGroups;

    /**
     * @return When `true`, missing groups in the hierarchy will be ignored.
     * 
     */
    public Output<Optional<Boolean>> ignoreMissingGroups() {
        return Codegen.optional(this.ignoreMissingGroups);
    }
    /**
     * The LDAP DN where groups can be found.
     * 
     */
    @Export(name="ldapGroupsDn", refs={String.class}, tree="[0]")
    private Output<String> ldapGroupsDn;

    /**
     * @return The LDAP DN where groups can be found.
     * 
     */
    public Output<String> ldapGroupsDn() {
        return this.ldapGroupsDn;
    }
    /**
     * The ID of the LDAP user federation provider to attach this mapper to.
     * 
     */
    @Export(name="ldapUserFederationId", refs={String.class}, tree="[0]")
    private Output<String> ldapUserFederationId;

    /**
     * @return The ID of the LDAP user federation provider to attach this mapper to.
     * 
     */
    public Output<String> ldapUserFederationId() {
        return this.ldapUserFederationId;
    }
    /**
     * Array of strings representing attributes on the LDAP group which will be mapped to attributes on the Keycloak group.
     * 
     */
    @Export(name="mappedGroupAttributes", refs={List.class,String.class}, tree="[0,1]")
    private Output</* @Nullable */ List<String>> mappedGroupAttributes;

    /**
     * @return Array of strings representing attributes on the LDAP group which will be mapped to attributes on the Keycloak group.
     * 
     */
    public Output<Optional<List<String>>> mappedGroupAttributes() {
        return Codegen.optional(this.mappedGroupAttributes);
    }
    /**
     * Specifies the name of the LDAP attribute on the LDAP user that contains the groups the user is a member of. Defaults to `memberOf`.
     * 
     */
    @Export(name="memberofLdapAttribute", refs={String.class}, tree="[0]")
    private Output</* @Nullable */ String> memberofLdapAttribute;

    /**
     * @return Specifies the name of the LDAP attribute on the LDAP user that contains the groups the user is a member of. Defaults to `memberOf`.
     * 
     */
    public Output<Optional<String>> memberofLdapAttribute() {
        return Codegen.optional(this.memberofLdapAttribute);
    }
    /**
     * Can be one of `DN` or `UID`. Defaults to `DN`.
     * 
     */
    @Export(name="membershipAttributeType", refs={String.class}, tree="[0]")
    private Output</* @Nullable */ String> membershipAttributeType;

    /**
     * @return Can be one of `DN` or `UID`. Defaults to `DN`.
     * 
     */
    public Output<Optional<String>> membershipAttributeType() {
        return Codegen.optional(this.membershipAttributeType);
    }
    /**
     * The name of the LDAP attribute that is used for membership mappings.
     * 
     */
    @Export(name="membershipLdapAttribute", refs={String.class}, tree="[0]")
    private Output<String> membershipLdapAttribute;

    /**
     * @return The name of the LDAP attribute that is used for membership mappings.
     * 
     */
    public Output<String> membershipLdapAttribute() {
        return this.membershipLdapAttribute;
    }
    /**
     * The name of the LDAP attribute on a user that is used for membership mappings.
     * 
     */
    @Export(name="membershipUserLdapAttribute", refs={String.class}, tree="[0]")
    private Output<String> membershipUserLdapAttribute;

    /**
     * @return The name of the LDAP attribute on a user that is used for membership mappings.
     * 
     */
    public Output<String> membershipUserLdapAttribute() {
        return this.membershipUserLdapAttribute;
    }
    /**
     * Can be one of `READ_ONLY`, `LDAP_ONLY` or `IMPORT`. Defaults to `READ_ONLY`.
     * 
     */
    @Export(name="mode", refs={String.class}, tree="[0]")
    private Output</* @Nullable */ String> mode;

    /**
     * @return Can be one of `READ_ONLY`, `LDAP_ONLY` or `IMPORT`. Defaults to `READ_ONLY`.
     * 
     */
    public Output<Optional<String>> mode() {
        return Codegen.optional(this.mode);
    }
    /**
     * Display name of this mapper when displayed in the console.
     * 
     */
    @Export(name="name", refs={String.class}, tree="[0]")
    private Output<String> name;

    /**
     * @return Display name of this mapper when displayed in the console.
     * 
     */
    public Output<String> name() {
        return this.name;
    }
    /**
     * When `true`, group inheritance will be propagated from LDAP to Keycloak. When `false`, all LDAP groups will be propagated as top level groups within Keycloak.
     * 
     */
    @Export(name="preserveGroupInheritance", refs={Boolean.class}, tree="[0]")
    private Output</* @Nullable */ Boolean> preserveGroupInheritance;

    /**
     * @return When `true`, group inheritance will be propagated from LDAP to Keycloak. When `false`, all LDAP groups will be propagated as top level groups within Keycloak.
     * 
     */
    public Output<Optional<Boolean>> preserveGroupInheritance() {
        return Codegen.optional(this.preserveGroupInheritance);
    }
    /**
     * The realm that this LDAP mapper will exist in.
     * 
     */
    @Export(name="realmId", refs={String.class}, tree="[0]")
    private Output<String> realmId;

    /**
     * @return The realm that this LDAP mapper will exist in.
     * 
     */
    public Output<String> realmId() {
        return this.realmId;
    }
    /**
     * Can be one of `LOAD_GROUPS_BY_MEMBER_ATTRIBUTE`, `GET_GROUPS_FROM_USER_MEMBEROF_ATTRIBUTE`, or `LOAD_GROUPS_BY_MEMBER_ATTRIBUTE_RECURSIVELY`. Defaults to `LOAD_GROUPS_BY_MEMBER_ATTRIBUTE`.
     * 
     */
    @Export(name="userRolesRetrieveStrategy", refs={String.class}, tree="[0]")
    private Output</* @Nullable */ String> userRolesRetrieveStrategy;

    /**
     * @return Can be one of `LOAD_GROUPS_BY_MEMBER_ATTRIBUTE`, `GET_GROUPS_FROM_USER_MEMBEROF_ATTRIBUTE`, or `LOAD_GROUPS_BY_MEMBER_ATTRIBUTE_RECURSIVELY`. Defaults to `LOAD_GROUPS_BY_MEMBER_ATTRIBUTE`.
     * 
     */
    public Output<Optional<String>> userRolesRetrieveStrategy() {
        return Codegen.optional(this.userRolesRetrieveStrategy);
    }

    /**
     *
     * @param name The _unique_ name of the resulting resource.
     */
    public GroupMapper(String name) {
        this(name, GroupMapperArgs.Empty);
    }
    /**
     *
     * @param name The _unique_ name of the resulting resource.
     * @param args The arguments to use to populate this resource's properties.
     */
    public GroupMapper(String name, GroupMapperArgs args) {
        this(name, args, null);
    }
    /**
     *
     * @param name The _unique_ name of the resulting resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param options A bag of options that control this resource's behavior.
     */
    public GroupMapper(String name, GroupMapperArgs args, @Nullable com.pulumi.resources.CustomResourceOptions options) {
        super("keycloak:ldap/groupMapper:GroupMapper", name, args == null ? GroupMapperArgs.Empty : args, makeResourceOptions(options, Codegen.empty()));
    }

    private static com.pulumi.resources.CustomResourceOptions makeResourceOptions(@Nullable com.pulumi.resources.CustomResourceOptions options, @Nullable Output<String> id) {
        var defaultOptions = com.pulumi.resources.CustomResourceOptions.builder()
            .version(PluginVersion.of("keycloak"))
            .build();
        return com.pulumi.resources.CustomResourceOptions.merge(defaultOptions, options, id);
    }

}
