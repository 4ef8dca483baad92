// Typed Pulumi binding in the layout of pulumi-java-gen output; the official provider
// schema is the source of truth (see the com.onering.providers package documentation).

package com.onering.providers.keycloak.outputs;

import com.pulumi.core.annotations.CustomType;
import java.lang.String;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;

@CustomType
public final class RealmSecurityDefensesHeaders {
    /**
     * @return Sets the Content Security Policy, which can be used for prevent pages from being included by non-origin iframes. More information can be found in the [W3C-CSP](https://www.w3.org/TR/CSP/) Abstract.
     * 
     */
    private @Nullable String contentSecurityPolicy;
    /**
     * @return Used for testing Content Security Policies.
     * 
     */
    private @Nullable String contentSecurityPolicyReportOnly;
    /**
     * @return The Referrer-Policy HTTP header controls how much referrer information (sent with the Referer header) should be included with requests.
     * 
     */
    private @Nullable String referrerPolicy;
    /**
     * @return The Script-Transport-Security HTTP header tells browsers to always use HTTPS.
     * 
     */
    private @Nullable String strictTransportSecurity;
    /**
     * @return Sets the X-Content-Type-Options, which can be used for prevent MIME-sniffing a response away from the declared content-type
     * 
     */
    private @Nullable String xContentTypeOptions;
    /**
     * @return Sets the x-frame-option, which can be used to prevent pages from being included by non-origin iframes. More information can be found in the [RFC7034](https://tools.ietf.org/html/rfc7034)
     * 
     */
    private @Nullable String xFrameOptions;
    /**
     * @return Prevent pages from appearing in search engines.
     * 
     */
    private @Nullable String xRobotsTag;
    /**
     * @return This header configures the Cross-site scripting (XSS) filter in your browser.
     * 
     */
    private @Nullable String xXssProtection;

    private RealmSecurityDefensesHeaders() {}
    /**
     * @return Sets the Content Security Policy, which can be used for prevent pages from being included by non-origin iframes. More information can be found in the [W3C-CSP](https://www.w3.org/TR/CSP/) Abstract.
     * 
     */
    public Optional<String> contentSecurityPolicy() {
        return Optional.ofNullable(this.contentSecurityPolicy);
    }
    /**
     * @return Used for testing Content Security Policies.
     * 
     */
    public Optional<String> contentSecurityPolicyReportOnly() {
        return Optional.ofNullable(this.contentSecurityPolicyReportOnly);
    }
    /**
     * @return The Referrer-Policy HTTP header controls how much referrer information (sent with the Referer header) should be included with requests.
     * 
     */
    public Optional<String> referrerPolicy() {
        return Optional.ofNullable(this.referrerPolicy);
    }
    /**
     * @return The Script-Transport-Security HTTP header tells browsers to always use HTTPS.
     * 
     */
    public Optional<String> strictTransportSecurity() {
        return Optional.ofNullable(this.strictTransportSecurity);
    }
    /**
     * @return Sets the X-Content-Type-Options, which can be used for prevent MIME-sniffing a response away from the declared content-type
     * 
     */
    public Optional<String> xContentTypeOptions() {
        return Optional.ofNullable(this.xContentTypeOptions);
    }
    /**
     * @return Sets the x-frame-option, which can be used to prevent pages from being included by non-origin iframes. More information can be found in the [RFC7034](https://tools.ietf.org/html/rfc7034)
     * 
     */
    public Optional<String> xFrameOptions() {
        return Optional.ofNullable(this.xFrameOptions);
    }
    /**
     * @return Prevent pages from appearing in search engines.
     * 
     */
    public Optional<String> xRobotsTag() {
        return Optional.ofNullable(this.xRobotsTag);
    }
    /**
     * @return This header configures the Cross-site scripting (XSS) filter in your browser.
     * 
     */
    public Optional<String> xXssProtection() {
        return Optional.ofNullable(this.xXssProtection);
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Builder builder(RealmSecurityDefensesHeaders defaults) {
        return new Builder(defaults);
    }
    @CustomType.Builder
    public static final class Builder {
        private @Nullable String contentSecurityPolicy;
        private @Nullable String contentSecurityPolicyReportOnly;
        private @Nullable String referrerPolicy;
        private @Nullable String strictTransportSecurity;
        private @Nullable String xContentTypeOptions;
        private @Nullable String xFrameOptions;
        private @Nullable String xRobotsTag;
        private @Nullable String xXssProtection;
        public Builder() {}
        public Builder(RealmSecurityDefensesHeaders defaults) {
            Objects.requireNonNull(defaults);
            this.contentSecurityPolicy = defaults.contentSecurityPolicy;
            this.contentSecurityPolicyReportOnly = defaults.contentSecurityPolicyReportOnly;
            this.referrerPolicy = defaults.referrerPolicy;
            this.strictTransportSecurity = defaults.strictTransportSecurity;
            this.xContentTypeOptions = defaults.xContentTypeOptions;
            this.xFrameOptions = defaults.xFrameOptions;
            this.xRobotsTag = defaults.xRobotsTag;
            this.xXssProtection = defaults.xXssProtection;
        }

        @CustomType.Setter
        public Builder contentSecurityPolicy(@Nullable String contentSecurityPolicy) {

            this.contentSecurityPolicy = contentSecurityPolicy;
            return this;
        }
        @CustomType.Setter
        public Builder contentSecurityPolicyReportOnly(@Nullable String contentSecurityPolicyReportOnly) {

            this.contentSecurityPolicyReportOnly = contentSecurityPolicyReportOnly;
            return this;
        }
        @CustomType.Setter
        public Builder referrerPolicy(@Nullable String referrerPolicy) {

            this.referrerPolicy = referrerPolicy;
            return this;
        }
        @CustomType.Setter
        public Builder strictTransportSecurity(@Nullable String strictTransportSecurity) {

            this.strictTransportSecurity = strictTransportSecurity;
            return this;
        }
        @CustomType.Setter
        public Builder xContentTypeOptions(@Nullable String xContentTypeOptions) {

            this.xContentTypeOptions = xContentTypeOptions;
            return this;
        }
        @CustomType.Setter
        public Builder xFrameOptions(@Nullable String xFrameOptions) {

            this.xFrameOptions = xFrameOptions;
            return this;
        }
        @CustomType.Setter
        public Builder xRobotsTag(@Nullable String xRobotsTag) {

            this.xRobotsTag = xRobotsTag;
            return this;
        }
        @CustomType.Setter
        public Builder xXssProtection(@Nullable String xXssProtection) {

            this.xXssProtection = xXssProtection;
            return this;
        }
        public RealmSecurityDefensesHeaders build() {
            final var _resultValue = new RealmSecurityDefensesHeaders();
            _resultValue.contentSecurityPolicy = contentSecurityPolicy;
            _resultValue.contentSecurityPolicyReportOnly = contentSecurityPolicyReportOnly;
            _resultValue.referrerPolicy = referrerPolicy;
            _resultValue.strictTransportSecurity = strictTransportSecurity;
            _resultValue.xContentTypeOptions = xContentTypeOptions;
            _resultValue.xFrameOptions = xFrameOptions;
            _resultValue.xRobotsTag = xRobotsTag;
            _resultValue.xXssProtection = xXssProtection;
            return _resultValue;
        }
    }
}
