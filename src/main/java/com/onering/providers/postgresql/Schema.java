// Typed Pulumi binding in the layout of pulumi-java-gen output; the official provider
// schema is the source of truth (see the com.onering.providers package documentation).

package com.onering.providers.postgresql;

import com.onering.providers.PluginVersion;
import com.onering.providers.postgresql.outputs.SchemaPolicy;
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
 * The ``postgresql.Schema`` resource creates and manages [schema
 * objects](https://www.postgresql.org/docs/current/static/ddl-schemas.html) within
 * a PostgreSQL database.
 * 
 */
@ResourceType(type="postgresql:index/schema:Schema")
public class Schema extends com.pulumi.resources.CustomResource {
    /**
     * The DATABASE in which where this schema will be created. (Default: The database used by your `provider` configuration)
     * 
     */
    @Export(name="database", refs={String.class}, tree="[0]")
    private Output<String> database;

    /**
     * @return The DATABASE in which where this schema will be created. (Default: The database used by your `provider` configuration)
     * 
     */
    public Output<String> database() {
        return this.database;
    }
    /**
     * When true, will also drop all the objects that are contained in the schema. (Default: false)
     * 
     */
    @Export(name="dropCascade", refs={Boolean.class}, tree="[0]")
    private Output</* @Nullable */ Boolean> dropCascade;

    /**
     * @return When true, will also drop all the objects that are contained in the schema. (Default: false)
     * 
     */
    public Output<Optional<Boolean>> dropCascade() {
        return Codegen.optional(this.dropCascade);
    }
    /**
     * When true, use the existing schema if it exists. (Default: true)
     * 
     */
    @Export(name="ifNotExists", refs={Boolean.class}, tree="[0]")
    private Output</* @Nullable */ Boolean> ifNotExists;

    /**
     * @return When true, use the existing schema if it exists. (Default: true)
     * 
     */
    public Output<Optional<Boolean>> ifNotExists() {
        return Codegen.optional(this.ifNotExists);
    }
    /**
     * The name of the schema. Must be unique in the PostgreSQL
     * database instance where it is configured.
     * 
     */
    @Export(name="name", refs={String.class}, tree="[0]")
    private Output<String> name;

    /**
     * @return The name of the schema. Must be unique in the PostgreSQL
     * database instance where it is configured.
     * 
     */
    public Output<String> name() {
        return this.name;
    }
    /**
     * The ROLE who owns the schema.
     * 
     */
    @Export(name="owner", refs={String.class}, tree="[0]")
    private Output<String> owner;

    /**
     * @return The ROLE who owns the schema.
     * 
     */
    public Output<String> owner() {
        return this.owner;
    }
    /**
     * Can be specified multiple times for each policy.  Each
     * policy block supports fields documented below.
     * 
     * @deprecated
     * Use postgresql.Grant resource instead (with object_type=&#34;schema&#34;)
     * 
     */
    @Deprecated /* Use postgresql.Grant resource instead (with object_type=""schema"") */
    @Export(name="policies", refs={List.class,SchemaPolicy.class}, tree="[0,1]")
    private Output<List<SchemaPolicy>> policies;

    /**
     * @return Can be specified multiple times for each policy.  Each
     * policy block supports fields documented below.
     * 
     */
    public Output<List<SchemaPolicy>> policies() {
        return this.policies;
    }

    /**
     *
     * @param name The _unique_ name of the resulting resource.
     */
    public Schema(String name) {
        this(name, SchemaArgs.Empty);
    }
    /**
     *
     * @param name The _unique_ name of the resulting resource.
     * @param args The arguments to use to populate this resource's properties.
     */
    public Schema(String name, @Nullable SchemaArgs args) {
        this(name, args, null);
    }
    /**
     *
     * @param name The _unique_ name of the resulting resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param options A bag of options that control this resource's behavior.
     */
    public Schema(String name, @Nullable SchemaArgs args, @Nullable com.pulumi.resources.CustomResourceOptions options) {
        super("postgresql:index/schema:Schema", name, args == null ? SchemaArgs.Empty : args, makeResourceOptions(options, Codegen.empty()));
    }

    private static com.pulumi.resources.CustomResourceOptions makeResourceOptions(@Nullable com.pulumi.resources.CustomResourceOptions options, @Nullable Output<String> id) {
        var defaultOptions = com.pulumi.resources.CustomResourceOptions.builder()
            .version(PluginVersion.of("postgresql"))
            .build();
        return com.pulumi.resources.CustomResourceOptions.merge(defaultOptions, options, id);
    }

}
