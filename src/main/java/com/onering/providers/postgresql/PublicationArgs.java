// Typed Pulumi binding in the layout of pulumi-java-gen output; the official provider
// schema is the source of truth (see the com.onering.providers package documentation).

package com.onering.providers.postgresql;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import java.lang.Boolean;
import java.lang.String;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;


public final class PublicationArgs extends com.pulumi.resources.ResourceArgs {

    public static final PublicationArgs Empty = new PublicationArgs();

    /**
     * Should be ALL TABLES added to the publication. Defaults to 'false'
     *
     */
    @Import(name="allTables")
    private @Nullable Output<Boolean> allTables;

    public Optional<Output<Boolean>> allTables() {
        return Optional.ofNullable(this.allTables);
    }

    /**
     * Which database to create the publication on. Defaults to provider database.
     *
     */
    @Import(name="database")
    private @Nullable Output<String> database;

    public Optional<Output<String>> database() {
        return Optional.ofNullable(this.database);
    }

    /**
     * Should all subsequent resources of the publication be dropped. Defaults to 'false'
     *
     */
    @Import(name="dropCascade")
    private @Nullable Output<Boolean> dropCascade;

    public Optional<Output<Boolean>> dropCascade() {
        return Optional.ofNullable(this.dropCascade);
    }

    /**
     * The name of the publication.
     *
     */
    @Import(name="name")
    private @Nullable Output<String> name;

    public Optional<Output<String>> name() {
        return Optional.ofNullable(this.name);
    }

    /**
     * Who owns the publication. Defaults to provider user.
     *
     */
    @Import(name="owner")
    private @Nullable Output<String> owner;

    public Optional<Output<String>> owner() {
        return Optional.ofNullable(this.owner);
    }

    /**
     * Which 'publish' options should be turned on. Default to 'insert','update','delete'
     *
     */
    @Import(name="publishParams")
    private @Nullable Output<List<String>> publishParams;

    public Optional<Output<List<String>>> publishParams() {
        return Optional.ofNullable(this.publishParams);
    }

    /**
     * Should be option 'publish_via_partition_root' be turned on. Default to 'false'
     *
     */
    @Import(name="publishViaPartitionRootParam")
    private @Nullable Output<Boolean> publishViaPartitionRootParam;

    public Optional<Output<Boolean>> publishViaPartitionRootParam() {
        return Optional.ofNullable(this.publishViaPartitionRootParam);
    }

    /**
     * Which tables add to the publication (`<schema_name>.<table_name>`, in alphabetical order). By default no tables are added.
     *
     */
    @Import(name="tables")
    private @Nullable Output<List<String>> tables;

    public Optional<Output<List<String>>> tables() {
        return Optional.ofNullable(this.tables);
    }

    private PublicationArgs() {}

    private PublicationArgs(PublicationArgs $) {
        this.allTables = $.allTables;
        this.database = $.database;
        this.dropCascade = $.dropCascade;
        this.name = $.name;
        this.owner = $.owner;
        this.publishParams = $.publishParams;
        this.publishViaPartitionRootParam = $.publishViaPartitionRootParam;
        this.tables = $.tables;
    }

    public static Builder builder() {
        return new Builder();
    }
    public static Builder builder(PublicationArgs defaults) {
        return new Builder(defaults);
    }

    public static final class Builder {
        private PublicationArgs $;

        public Builder() {
            $ = new PublicationArgs();
        }

        public Builder(PublicationArgs defaults) {
            $ = new PublicationArgs(Objects.requireNonNull(defaults));
        }

        public Builder allTables(@Nullable Output<Boolean> allTables) {
            $.allTables = allTables;
            return this;
        }

        public Builder allTables(Boolean allTables) {
            return allTables(Output.of(allTables));
        }

        public Builder database(@Nullable Output<String> database) {
            $.database = database;
            return this;
        }

        public Builder database(String database) {
            return database(Output.of(database));
        }

        public Builder dropCascade(@Nullable Output<Boolean> dropCascade) {
            $.dropCascade = dropCascade;
            return this;
        }

        public Builder dropCascade(Boolean dropCascade) {
            return dropCascade(Output.of(dropCascade));
        }

        public Builder name(@Nullable Output<String> name) {
            $.name = name;
            return this;
        }

        public Builder name(String name) {
            return name(Output.of(name));
        }

        public Builder owner(@Nullable Output<String> owner) {
            $.owner = owner;
            return this;
        }

        public Builder owner(String owner) {
            return owner(Output.of(owner));
        }

        public Builder publishParams(@Nullable Output<List<String>> publishParams) {
            $.publishParams = publishParams;
            return this;
        }

        public Builder publishParams(List<String> publishParams) {
            return publishParams(Output.of(publishParams));
        }

        public Builder publishParams(String... publishParams) {
            return publishParams(List.of(publishParams));
        }

        public Builder publishViaPartitionRootParam(@Nullable Output<Boolean> publishViaPartitionRootParam) {
            $.publishViaPartitionRootParam = publishViaPartitionRootParam;
            return this;
        }

        public Builder publishViaPartitionRootParam(Boolean publishViaPartitionRootParam) {
            return publishViaPartitionRootParam(Output.of(publishViaPartitionRootParam));
        }

        public Builder tables(@Nullable Output<List<String>> tables) {
            $.tables = tables;
            return this;
        }

        public Builder tables(List<String> tables) {
            return tables(Output.of(tables));
        }

        public Builder tables(String... tables) {
            return tables(List.of(tables));
        }

        public PublicationArgs build() {
            return $;
        }
    }

}
