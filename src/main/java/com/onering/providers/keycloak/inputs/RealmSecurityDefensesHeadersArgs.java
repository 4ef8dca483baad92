// Typed Pulumi binding in the layout of pulumi-java-gen output; the official provider
// schema is the source of truth (see the com.onering.providers package documentation).

package com.onering.providers.keycloak.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import java.lang.String;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;


public final class RealmSecurityDefensesHeadersArgs extends com.pulumi.resources.ResourceArgs {

    public static final RealmSecurityDefensesHeadersArgs Empty = new RealmSecurityDefensesHeadersArgs();

    /**
     * Sets the Content Security Policy, which can be used for prevent pages from being included by non-origin iframes. More information can be found in the [W3C-CSP](https://www.w3.org/TR/CSP/) Abstract.
     * 
     */
    @Import(name="contentSecurityPolicy")
    private @Nullable Output<String> contentSecurityPolicy;

    /**
     * @return Sets the Content Security Policy, which can be used for prevent pages from being included by non-origin iframes. More information can be found in the [W3C-CSP](https://www.w3.org/TR/CSP/) Abstract.
     * 
     */
    public Optional<Output<String>> contentSecurityPolicy() {
        return Optional.ofNullable(this.contentSecurityPolicy);
    }

    /**
     * Used for testing Content Security Policies.
     * 
     */
    @Import(name="contentSecurityPolicyReportOnly")
    private @Nullable Output<String> contentSecurityPolicyReportOnly;

    /**
     * @return Used for testing Content Security Policies.
     * 
     */
    public Optional<Output<String>> contentSecurityPolicyReportOnly() {
        return Optional.ofNullable(this.contentSecurityPolicyReportOnly);
    }

    /**
     * The Referrer-Policy HTTP header controls how much referrer information (sent with the Referer header) should be included with requests.
     * 
     */
    @Import(name="referrerPolicy")
    private @Nullable Output<String> referrerPolicy;

    /**
     * @return The Referrer-Policy HTTP header controls how much referrer information (sent with the Referer header) should be included with requests.
     * 
     */
    public Optional<Output<String>> referrerPolicy() {
        return Optional.ofNullable(this.referrerPolicy);
    }

    /**
     * The Script-Transport-Security HTTP header tells browsers to always use HTTPS.
     * 
     */
    @Import(name="strictTransportSecurity")
    private @Nullable Output<String> strictTransportSecurity;

    /**
     * @return The Script-Transport-Security HTTP header tells browsers to always use HTTPS.
     * 
     */
    public Optional<Output<String>> strictTransportSecurity() {
        return Optional.ofNullable(this.strictTransportSecurity);
    }

    /**
     * Sets the X-Content-Type-Options, which can be used for prevent MIME-sniffing a response away from the declared content-type
     * 
     */
    @Import(name="xContentTypeOptions")
    private @Nullable Output<String> xContentTypeOptions;

    /**
     * @return Sets the X-Content-Type-Options, which can be used for prevent MIME-sniffing a response away from the declared content-type
     * 
     */
    public Optional<Output<String>> xContentTypeOptions() {
        return Optional.ofNullable(this.xContentTypeOptions);
    }

    /**
     * Sets the x-frame-option, which can be used to prevent pages from being included by non-origin iframes. More information can be found in the [RFC7034](https://tools.ietf.org/html/rfc7034)
     * 
     */
    @Import(name="xFrameOptions")
    private @Nullable Output<String> xFrameOptions;

    /**
     * @return Sets the x-frame-option, which can be used to prevent pages from being included by non-origin iframes. More information can be found in the [RFC7034](https://tools.ietf.org/html/rfc7034)
     * 
     */
    public Optional<Output<String>> xFrameOptions() {
        return Optional.ofNullable(this.xFrameOptions);
    }

    /**
     * Prevent pages from appearing in search engines.
     * 
     */
    @Import(name="xRobotsTag")
    private @Nullable Output<String> xRobotsTag;

    /**
     * @return Prevent pages from appearing in search engines.
     * 
     */
    public Optional<Output<String>> xRobotsTag() {
        return Optional.ofNullable(this.xRobotsTag);
    }

    /**
     * This header configures the Cross-site scripting (XSS) filter in your browser.
     * 
     */
    @Import(name="xXssProtection")
    private @Nullable Output<String> xXssProtection;

    /**
     * @return This header configures the Cross-site scripting (XSS) filter in your browser.
     * 
     */
    public Optional<Output<String>> xXssProtection() {
        return Optional.ofNullable(this.xXssProtection);
    }

    private RealmSecurityDefensesHeadersArgs() {}

    private RealmSecurityDefensesHeadersArgs(RealmSecurityDefensesHeadersArgs $) {
        this.contentSecurityPolicy = $.contentSecurityPolicy;
        this.contentSecurityPolicyReportOnly = $.contentSecurityPolicyReportOnly;
        this.referrerPolicy = $.referrerPolicy;
        this.strictTransportSecurity = $.strictTransportSecurity;
        this.xContentTypeOptions = $.xContentTypeOptions;
        this.xFrameOptions = $.xFrameOptions;
        this.xRobotsTag = $.xRobotsTag;
        this.xXssProtection = $.xXssProtection;
    }

    public static Builder builder() {
        return new Builder();
    }
    public static Builder builder(RealmSecurityDefensesHeadersArgs defaults) {
        return new Builder(defaults);
    }

    public static final class Builder {
        private RealmSecurityDefensesHeadersArgs $;

        public Builder() {
            $ = new RealmSecurityDefensesHeadersArgs();
        }

        public Builder(RealmSecurityDefensesHeadersArgs defaults) {
            $ = new RealmSecurityDefensesHeadersArgs(Objects.requireNonNull(defaults));
        }

        /**
         * @param contentSecurityPolicy Sets the Content Security Policy, which can be used for prevent pages from being included by non-origin iframes. More information can be found in the [W3C-CSP](https://www.w3.org/TR/CSP/) Abstract.
         * 
         * @return builder
         * 
         */
        public Builder contentSecurityPolicy(@Nullable Output<String> contentSecurityPolicy) {
            $.contentSecurityPolicy = contentSecurityPolicy;
            return this;
        }

        /**
         * @param contentSecurityPolicy Sets the Content Security Policy, which can be used for prevent pages from being included by non-origin iframes. More information can be found in the [W3C-CSP](https://www.w3.org/TR/CSP/) Abstract.
         * 
         * @return builder
         * 
         */
        public Builder contentSecurityPolicy(String contentSecurityPolicy) {
            return contentSecurityPolicy(Output.of(contentSecurityPolicy));
        }

        /**
         * @param contentSecurityPolicyReportOnly Used for testing Content Security Policies.
         * 
         * @return builder
         * 
         */
        public Builder contentSecurityPolicyReportOnly(@Nullable Output<String> contentSecurityPolicyReportOnly) {
            $.contentSecurityPolicyReportOnly = contentSecurityPolicyReportOnly;
            return this;
        }

        /**
         * @param contentSecurityPolicyReportOnly Used for testing Content Security Policies.
         * 
         * @return builder
         * 
         */
        public Builder contentSecurityPolicyReportOnly(String contentSecurityPolicyReportOnly) {
            return contentSecurityPolicyReportOnly(Output.of(contentSecurityPolicyReportOnly));
        }

        /**
         * @param referrerPolicy The Referrer-Policy HTTP header controls how much referrer information (sent with the Referer header) should be included with requests.
         * 
         * @return builder
         * 
         */
        public Builder referrerPolicy(@Nullable Output<String> referrerPolicy) {
            $.referrerPolicy = referrerPolicy;
            return this;
        }

        /**
         * @param referrerPolicy The Referrer-Policy HTTP header controls how much referrer information (sent with the Referer header) should be included with requests.
         * 
         * @return builder
         * 
         */
        public Builder referrerPolicy(String referrerPolicy) {
            return referrerPolicy(Output.of(referrerPolicy));
        }

        /**
         * @param strictTransportSecurity The Script-Transport-Security HTTP header tells browsers to always use HTTPS.
         * 
         * @return builder
         * 
         */
        public Builder strictTransportSecurity(@Nullable Output<String> strictTransportSecurity) {
            $.strictTransportSecurity = strictTransportSecurity;
            return this;
        }

        /**
         * @param strictTransportSecurity The Script-Transport-Security HTTP header tells browsers to always use HTTPS.
         * 
         * @return builder
         * 
         */
        public Builder strictTransportSecurity(String strictTransportSecurity) {
            return strictTransportSecurity(Output.of(strictTransportSecurity));
        }

        /**
         * @param xContentTypeOptions Sets the X-Content-Type-Options, which can be used for prevent MIME-sniffing a response away from the declared content-type
         * 
         * @return builder
         * 
         */
        public Builder xContentTypeOptions(@Nullable Output<String> xContentTypeOptions) {
            $.xContentTypeOptions = xContentTypeOptions;
            return this;
        }

        /**
         * @param xContentTypeOptions Sets the X-Content-Type-Options, which can be used for prevent MIME-sniffing a response away from the declared content-type
         * 
         * @return builder
         * 
         */
        public Builder xContentTypeOptions(String xContentTypeOptions) {
            return xContentTypeOptions(Output.of(xContentTypeOptions));
        }

        /**
         * @param xFrameOptions Sets the x-frame-option, which can be used to prevent pages from being included by non-origin iframes. More information can be found in the [RFC7034](https://tools.ietf.org/html/rfc7034)
         * 
         * @return builder
         * 
         */
        public Builder xFrameOptions(@Nullable Output<String> xFrameOptions) {
            $.xFrameOptions = xFrameOptions;
            return this;
        }

        /**
         * @param xFrameOptions Sets the x-frame-option, which can be used to prevent pages from being included by non-origin iframes. More information can be found in the [RFC7034](https://tools.ietf.org/html/rfc7034)
         * 
         * @return builder
         * 
         */
        public Builder xFrameOptions(String xFrameOptions) {
            return xFrameOptions(Output.of(xFrameOptions));
        }

        /**
         * @param xRobotsTag Prevent pages from appearing in search engines.
         * 
         * @return builder
         * 
         */
        public Builder xRobotsTag(@Nullable Output<String> xRobotsTag) {
            $.xRobotsTag = xRobotsTag;
            return this;
        }

        /**
         * @param xRobotsTag Prevent pages from appearing in search engines.
         * 
         * @return builder
         * 
         */
        public Builder xRobotsTag(String xRobotsTag) {
            return xRobotsTag(Output.of(xRobotsTag));
        }

        /**
         * @param xXssProtection This header configures the Cross-site scripting (XSS) filter in your browser.
         * 
         * @return builder
         * 
         */
        public Builder xXssProtection(@Nullable Output<String> xXssProtection) {
            $.xXssProtection = xXssProtection;
            return this;
        }

        /**
         * @param xXssProtection This header configures the Cross-site scripting (XSS) filter in your browser.
         * 
         * @return builder
         * 
         */
        public Builder xXssProtection(String xXssProtection) {
            return xXssProtection(Output.of(xXssProtection));
        }

        public RealmSecurityDefensesHeadersArgs build() {
            return $;
        }
    }

}
