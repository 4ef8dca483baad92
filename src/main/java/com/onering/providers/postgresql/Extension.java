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
 * The ``postgresql.Extension`` resource creates and manages an extension on a PostgreSQL
 * server.
 * 
 */
@ResourceType(type="postgresql:index/extension:Extension")
public class Extension extends com.pulumi.resources.CustomResource {
    /**
     * When true, will also create any extensions that this extension depends on that are not already installed. (Default: false)
     * 
     */
    @Export(name="createCascade", refs={Boolean.class}, tree="[0]")
    private Output</* @Nullable */ Boolean> createCascade;

    /**
     * @return When true, will also create any extensions that this extension depends on that are not already installed. (Default: false)
     * 
     */
    public Output<Optional<Boolean>> createCascade() {
        return Codegen.optional(this.createCascade);
    }
    /**
     * Which database to create the extension on. Defaults to provider database.
     * 
     */
    @Export(name="database", refs={String.class}, tree="[0]")
    private Output<String> database;

    /**
     * @return Which database to create the extension on. Defaults to provider database.
     * 
     */
    public Output<String> database() {
        return this.database;
    }
    /**
     * When true, will also drop all the objects that depend on the extension, and in turn all objects that depend on those objects. (Default: false)
     * 
     */
    @Export(name="dropCascade", refs={Boolean.class}, tree="[0]")
    private Output</* @Nullable */ Boolean> dropCascade;

    /**
     * @return When true, will also drop all the objects that depend on the extension, and in turn all objects that depend on those objects. (Default: false)
     * 
     */
    public Output<Optional<Boolean>> dropCascade() {
        return Codegen.optional(this.dropCascade);
    }
    /**
     * The name of the extension.
     * 
     */
    @Export(name="name", refs={String.class}, tree="[0]")
    private Output<String> name;

    /**
     * @return The name of the extension.
     * 
     */
    public Output<String> name() {
        return this.name;
    }
    /**
     * Sets the schema of an extension.
     * 
     */
    @Export(name="schema", refs={String.class}, tree="[0]")
    private Output<String> schema;

    /**
     * @return Sets the schema of an extension.
     * 
     */
    public Output<String> schema() {
        return this.schema;
    }
    /**
     * Sets the version number of the extension.
     * 
     */
    @Export(name="version", refs={String.class}, tree="[0]")
    private Output<String> version;

    /**
     * @return Sets the version number of the extension.
     * 
     */
    public Output<String> version() {
        return this.version;
    }

    /**
     *
     * @param name The _unique_ name of the resulting resource.
     */
    public Extension(String name) {
        this(name, ExtensionArgs.Empty);
    }
    /**
     *
     * @param name The _unique_ name of the resulting resource.
     * @param args The arguments to use to populate this resource's properties.
     */
    public Extension(String name, @Nullable ExtensionArgs args) {
        this(name, args, null);
    }
    /**
     *
     * @param name The _unique_ name of the resulting resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param options A bag of options that control this resource's behavior.
     */
    public Extension(String name, @Nullable ExtensionArgs args, @Nullable com.pulumi.resources.CustomResourceOptions options) {
        super("postgresql:index/extension:Extension", name, args == null ? ExtensionArgs.Empty : args, makeResourceOptions(options, Codegen.empty()));
    }

    private static com.pulumi.resources.CustomResourceOptions makeResourceOptions(@Nullable com.pulumi.resources.CustomResourceOptions options, @Nullable Output<String> id) {
        var defaultOptions = com.pulumi.resources.CustomResourceOptions.builder()
            .version(PluginVersion.of("postgresql"))
            .build();
        return com.pulumi.resources.CustomResourceOptions.merge(defaultOptions, options, id);
    }

}
