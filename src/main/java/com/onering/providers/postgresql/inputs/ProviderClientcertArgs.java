// Typed Pulumi binding in the layout of pulumi-java-gen output; the official provider
// schema is the source of truth (see the com.onering.providers package documentation).

package com.onering.providers.postgresql.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import java.lang.Boolean;
import java.lang.String;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;


public final class ProviderClientcertArgs extends com.pulumi.resources.ResourceArgs {

    public static final ProviderClientcertArgs Empty = new ProviderClientcertArgs();

    /**
     * The SSL client certificate file path. The file must contain PEM encoded data.
     * 
     */
    @Import(name="cert", required=true)
    private Output<String> cert;

    /**
     * @return The SSL client certificate file path. The file must contain PEM encoded data.
     * 
     */
    public Output<String> cert() {
        return this.cert;
    }

    /**
     * The SSL client certificate private key file path. The file must contain PEM encoded data.
     * 
     */
    @Import(name="key", required=true)
    private Output<String> key;

    /**
     * @return The SSL client certificate private key file path. The file must contain PEM encoded data.
     * 
     */
    public Output<String> key() {
        return this.key;
    }

    /**
     * Must be set to true if you are inlining the cert/key instead of using a file path.
     * 
     */
    @Import(name="sslinline")
    private @Nullable Output<Boolean> sslinline;

    /**
     * @return Must be set to true if you are inlining the cert/key instead of using a file path.
     * 
     */
    public Optional<Output<Boolean>> sslinline() {
        return Optional.ofNullable(this.sslinline);
    }

    private ProviderClientcertArgs() {}

    private ProviderClientcertArgs(ProviderClientcertArgs $) {
        this.cert = $.cert;
        this.key = $.key;
        this.sslinline = $.sslinline;
    }

    public static Builder builder() {
        return new Builder();
    }
    public static Builder builder(ProviderClientcertArgs defaults) {
        return new Builder(defaults);
    }

    public static final class Builder {
        private ProviderClientcertArgs $;

        public Builder() {
            $ = new ProviderClientcertArgs();
        }

        public Builder(ProviderClientcertArgs defaults) {
            $ = new ProviderClientcertArgs(Objects.requireNonNull(defaults));
        }

        /**
         * @param cert The SSL client certificate file path. The file must contain PEM encoded data.
         * 
         * @return builder
         * 
         */
        public Builder cert(Output<String> cert) {
            $.cert = cert;
            return this;
        }

        /**
         * @param cert The SSL client certificate file path. The file must contain PEM encoded data.
         * 
         * @return builder
         * 
         */
        public Builder cert(String cert) {
            return cert(Output.of(cert));
        }

        /**
         * @param key The SSL client certificate private key file path. The file must contain PEM encoded data.
         * 
         * @return builder
         * 
         */
        public Builder key(Output<String> key) {
            $.key = key;
            return this;
        }

        /**
         * @param key The SSL client certificate private key file path. The file must contain PEM encoded data.
         * 
         * @return builder
         * 
         */
        public Builder key(String key) {
            return key(Output.of(key));
        }

        /**
         * @param sslinline Must be set to true if you are inlining the cert/key instead of using a file path.
         * 
         * @return builder
         * 
         */
        public Builder sslinline(@Nullable Output<Boolean> sslinline) {
            $.sslinline = sslinline;
            return this;
        }

        /**
         * @param sslinline Must be set to true if you are inlining the cert/key instead of using a file path.
         * 
         * @return builder
         * 
         */
        public Builder sslinline(Boolean sslinline) {
            return sslinline(Output.of(sslinline));
        }

        public ProviderClientcertArgs build() {
            if ($.cert == null) {
                throw new MissingRequiredPropertyException("ProviderClientcertArgs", "cert");
            }
            if ($.key == null) {
                throw new MissingRequiredPropertyException("ProviderClientcertArgs", "key");
            }
            return $;
        }
    }

}
