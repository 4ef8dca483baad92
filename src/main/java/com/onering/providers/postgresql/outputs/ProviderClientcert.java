// Typed Pulumi binding in the layout of pulumi-java-gen output; the official provider
// schema is the source of truth (see the com.onering.providers package documentation).

package com.onering.providers.postgresql.outputs;

import com.pulumi.core.annotations.CustomType;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import java.lang.Boolean;
import java.lang.String;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;

@CustomType
public final class ProviderClientcert {
    /**
     * @return The SSL client certificate file path. The file must contain PEM encoded data.
     * 
     */
    private String cert;
    /**
     * @return The SSL client certificate private key file path. The file must contain PEM encoded data.
     * 
     */
    private String key;
    /**
     * @return Must be set to true if you are inlining the cert/key instead of using a file path.
     * 
     */
    private @Nullable Boolean sslinline;

    private ProviderClientcert() {}
    /**
     * @return The SSL client certificate file path. The file must contain PEM encoded data.
     * 
     */
    public String cert() {
        return this.cert;
    }
    /**
     * @return The SSL client certificate private key file path. The file must contain PEM encoded data.
     * 
     */
    public String key() {
        return this.key;
    }
    /**
     * @return Must be set to true if you are inlining the cert/key instead of using a file path.
     * 
     */
    public Optional<Boolean> sslinline() {
        return Optional.ofNullable(this.sslinline);
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Builder builder(ProviderClientcert defaults) {
        return new Builder(defaults);
    }
    @CustomType.Builder
    public static final class Builder {
        private String cert;
        private String key;
        private @Nullable Boolean sslinline;
        public Builder() {}
        public Builder(ProviderClientcert defaults) {
            Objects.requireNonNull(defaults);
            this.cert = defaults.cert;
            this.key = defaults.key;
            this.sslinline = defaults.sslinline;
        }

        @CustomType.Setter
        public Builder cert(String cert) {
            if (cert == null) {
              throw new MissingRequiredPropertyException("ProviderClientcert", "cert");
            }
            this.cert = cert;
            return this;
        }
        @CustomType.Setter
        public Builder key(String key) {
            if (key == null) {
              throw new MissingRequiredPropertyException("ProviderClientcert", "key");
            }
            this.key = key;
            return this;
        }
        @CustomType.Setter
        public Builder sslinline(@Nullable Boolean sslinline) {

            this.sslinline = sslinline;
            return this;
        }
        public ProviderClientcert build() {
            final var _resultValue = new ProviderClientcert();
            _resultValue.cert = cert;
            _resultValue.key = key;
            _resultValue.sslinline = sslinline;
            return _resultValue;
        }
    }
}
