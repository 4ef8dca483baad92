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
import java.util.List;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * A logical-replication publication (CREATE PUBLICATION), e.g. the one Debezium's pgoutput plugin reads.
 */
@ResourceType(type="postgresql:index/publication:Publication")
public class Publication extends com.pulumi.resources.CustomResource {
    /**
     * Should be ALL TABLES added to the publication. Defaults to 'false'
     *
     */
    @Export(name="allTables", refs={Boolean.class}, tree="[0]")
    private Output<Boolean> allTables;

    public Output<Boolean> allTables() {
        return this.allTables;
    }
    /**
     * Which database to create the publication on. Defaults to provider database.
     *
     */
    @Export(name="database", refs={String.class}, tree="[0]")
    private Output<String> database;

    public Output<String> database() {
        return this.database;
    }
    /**
     * Should all subsequent resources of the publication be dropped. Defaults to 'false'
     *
     */
    @Export(name="dropCascade", refs={Boolean.class}, tree="[0]")
    private Output</* @Nullable */ Boolean> dropCascade;

    public Output<Optional<Boolean>> dropCascade() {
        return Codegen.optional(this.dropCascade);
    }
    /**
     * The name of the publication.
     *
     */
    @Export(name="name", refs={String.class}, tree="[0]")
    private Output<String> name;

    public Output<String> name() {
        return this.name;
    }
    /**
     * Who owns the publication. Defaults to provider user.
     *
     */
    @Export(name="owner", refs={String.class}, tree="[0]")
    private Output<String> owner;

    public Output<String> owner() {
        return this.owner;
    }
    /**
     * Which 'publish' options should be turned on. Default to 'insert','update','delete'
     *
     */
    @Export(name="publishParams", refs={List.class,String.class}, tree="[0,1]")
    private Output<List<String>> publishParams;

    public Output<List<String>> publishParams() {
        return this.publishParams;
    }
    /**
     * Should be option 'publish_via_partition_root' be turned on. Default to 'false'
     *
     */
    @Export(name="publishViaPartitionRootParam", refs={Boolean.class}, tree="[0]")
    private Output</* @Nullable */ Boolean> publishViaPartitionRootParam;

    public Output<Optional<Boolean>> publishViaPartitionRootParam() {
        return Codegen.optional(this.publishViaPartitionRootParam);
    }
    /**
     * Which tables add to the publication (`<schema_name>.<table_name>`, in alphabetical order). By default no tables are added.
     *
     */
    @Export(name="tables", refs={List.class,String.class}, tree="[0,1]")
    private Output<List<String>> tables;

    public Output<List<String>> tables() {
        return this.tables;
    }

    public Publication(String name) {
        this(name, PublicationArgs.Empty);
    }
    public Publication(String name, @Nullable PublicationArgs args) {
        this(name, args, null);
    }
    public Publication(String name, @Nullable PublicationArgs args, @Nullable com.pulumi.resources.CustomResourceOptions options) {
        super("postgresql:index/publication:Publication", name, args == null ? PublicationArgs.Empty : args, makeResourceOptions(options, Codegen.empty()));
    }

    private static com.pulumi.resources.CustomResourceOptions makeResourceOptions(@Nullable com.pulumi.resources.CustomResourceOptions options, @Nullable Output<String> id) {
        var defaultOptions = com.pulumi.resources.CustomResourceOptions.builder()
            .version(PluginVersion.of("postgresql"))
            .build();
        return com.pulumi.resources.CustomResourceOptions.merge(defaultOptions, options, id);
    }

}
