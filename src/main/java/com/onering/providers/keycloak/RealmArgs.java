// Typed Pulumi binding in the layout of pulumi-java-gen output; the official provider
// schema is the source of truth (see the com.onering.providers package documentation).

package com.onering.providers.keycloak;

import com.onering.providers.keycloak.inputs.RealmInternationalizationArgs;
import com.onering.providers.keycloak.inputs.RealmOtpPolicyArgs;
import com.onering.providers.keycloak.inputs.RealmSecurityDefensesArgs;
import com.onering.providers.keycloak.inputs.RealmSmtpServerArgs;
import com.onering.providers.keycloak.inputs.RealmWebAuthnPasswordlessPolicyArgs;
import com.onering.providers.keycloak.inputs.RealmWebAuthnPolicyArgs;
import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import java.lang.Boolean;
import java.lang.Integer;
import java.lang.String;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;


public final class RealmArgs extends com.pulumi.resources.ResourceArgs {

    public static final RealmArgs Empty = new RealmArgs();

    @Import(name="accessCodeLifespan")
    private @Nullable Output<String> accessCodeLifespan;

    public Optional<Output<String>> accessCodeLifespan() {
        return Optional.ofNullable(this.accessCodeLifespan);
    }

    @Import(name="accessCodeLifespanLogin")
    private @Nullable Output<String> accessCodeLifespanLogin;

    public Optional<Output<String>> accessCodeLifespanLogin() {
        return Optional.ofNullable(this.accessCodeLifespanLogin);
    }

    @Import(name="accessCodeLifespanUserAction")
    private @Nullable Output<String> accessCodeLifespanUserAction;

    public Optional<Output<String>> accessCodeLifespanUserAction() {
        return Optional.ofNullable(this.accessCodeLifespanUserAction);
    }

    @Import(name="accessTokenLifespan")
    private @Nullable Output<String> accessTokenLifespan;

    public Optional<Output<String>> accessTokenLifespan() {
        return Optional.ofNullable(this.accessTokenLifespan);
    }

    @Import(name="accessTokenLifespanForImplicitFlow")
    private @Nullable Output<String> accessTokenLifespanForImplicitFlow;

    public Optional<Output<String>> accessTokenLifespanForImplicitFlow() {
        return Optional.ofNullable(this.accessTokenLifespanForImplicitFlow);
    }

    @Import(name="accountTheme")
    private @Nullable Output<String> accountTheme;

    public Optional<Output<String>> accountTheme() {
        return Optional.ofNullable(this.accountTheme);
    }

    @Import(name="actionTokenGeneratedByAdminLifespan")
    private @Nullable Output<String> actionTokenGeneratedByAdminLifespan;

    public Optional<Output<String>> actionTokenGeneratedByAdminLifespan() {
        return Optional.ofNullable(this.actionTokenGeneratedByAdminLifespan);
    }

    @Import(name="actionTokenGeneratedByUserLifespan")
    private @Nullable Output<String> actionTokenGeneratedByUserLifespan;

    public Optional<Output<String>> actionTokenGeneratedByUserLifespan() {
        return Optional.ofNullable(this.actionTokenGeneratedByUserLifespan);
    }

    @Import(name="adminPermissionsEnabled")
    private @Nullable Output<Boolean> adminPermissionsEnabled;

    public Optional<Output<Boolean>> adminPermissionsEnabled() {
        return Optional.ofNullable(this.adminPermissionsEnabled);
    }

    @Import(name="adminTheme")
    private @Nullable Output<String> adminTheme;

    public Optional<Output<String>> adminTheme() {
        return Optional.ofNullable(this.adminTheme);
    }

    /**
     * A map of custom attributes to add to the realm.
     * 
     */
    @Import(name="attributes")
    private @Nullable Output<Map<String,String>> attributes;

    /**
     * @return A map of custom attributes to add to the realm.
     * 
     */
    public Optional<Output<Map<String,String>>> attributes() {
        return Optional.ofNullable(this.attributes);
    }

    /**
     * Which flow should be used for BrowserFlow
     * 
     */
    @Import(name="browserFlow")
    private @Nullable Output<String> browserFlow;

    /**
     * @return Which flow should be used for BrowserFlow
     * 
     */
    public Optional<Output<String>> browserFlow() {
        return Optional.ofNullable(this.browserFlow);
    }

    /**
     * Which flow should be used for ClientAuthenticationFlow
     * 
     */
    @Import(name="clientAuthenticationFlow")
    private @Nullable Output<String> clientAuthenticationFlow;

    /**
     * @return Which flow should be used for ClientAuthenticationFlow
     * 
     */
    public Optional<Output<String>> clientAuthenticationFlow() {
        return Optional.ofNullable(this.clientAuthenticationFlow);
    }

    @Import(name="clientSessionIdleTimeout")
    private @Nullable Output<String> clientSessionIdleTimeout;

    public Optional<Output<String>> clientSessionIdleTimeout() {
        return Optional.ofNullable(this.clientSessionIdleTimeout);
    }

    @Import(name="clientSessionMaxLifespan")
    private @Nullable Output<String> clientSessionMaxLifespan;

    public Optional<Output<String>> clientSessionMaxLifespan() {
        return Optional.ofNullable(this.clientSessionMaxLifespan);
    }

    @Import(name="defaultDefaultClientScopes")
    private @Nullable Output<List<String>> defaultDefaultClientScopes;

    public Optional<Output<List<String>>> defaultDefaultClientScopes() {
        return Optional.ofNullable(this.defaultDefaultClientScopes);
    }

    @Import(name="defaultOptionalClientScopes")
    private @Nullable Output<List<String>> defaultOptionalClientScopes;

    public Optional<Output<List<String>>> defaultOptionalClientScopes() {
        return Optional.ofNullable(this.defaultOptionalClientScopes);
    }

    @Import(name="defaultSignatureAlgorithm")
    private @Nullable Output<String> defaultSignatureAlgorithm;

    public Optional<Output<String>> defaultSignatureAlgorithm() {
        return Optional.ofNullable(this.defaultSignatureAlgorithm);
    }

    /**
     * Which flow should be used for DirectGrantFlow
     * 
     */
    @Import(name="directGrantFlow")
    private @Nullable Output<String> directGrantFlow;

    /**
     * @return Which flow should be used for DirectGrantFlow
     * 
     */
    public Optional<Output<String>> directGrantFlow() {
        return Optional.ofNullable(this.directGrantFlow);
    }

    /**
     * The display name for the realm that is shown when logging in to the admin console.
     * 
     */
    @Import(name="displayName")
    private @Nullable Output<String> displayName;

    /**
     * @return The display name for the realm that is shown when logging in to the admin console.
     * 
     */
    public Optional<Output<String>> displayName() {
        return Optional.ofNullable(this.displayName);
    }

    /**
     * The display name for the realm that is rendered as HTML on the screen when logging in to the admin console.
     * 
     */
    @Import(name="displayNameHtml")
    private @Nullable Output<String> displayNameHtml;

    /**
     * @return The display name for the realm that is rendered as HTML on the screen when logging in to the admin console.
     * 
     */
    public Optional<Output<String>> displayNameHtml() {
        return Optional.ofNullable(this.displayNameHtml);
    }

    /**
     * Which flow should be used for DockerAuthenticationFlow
     * 
     */
    @Import(name="dockerAuthenticationFlow")
    private @Nullable Output<String> dockerAuthenticationFlow;

    /**
     * @return Which flow should be used for DockerAuthenticationFlow
     * 
     */
    public Optional<Output<String>> dockerAuthenticationFlow() {
        return Optional.ofNullable(this.dockerAuthenticationFlow);
    }

    @Import(name="duplicateEmailsAllowed")
    private @Nullable Output<Boolean> duplicateEmailsAllowed;

    public Optional<Output<Boolean>> duplicateEmailsAllowed() {
        return Optional.ofNullable(this.duplicateEmailsAllowed);
    }

    @Import(name="editUsernameAllowed")
    private @Nullable Output<Boolean> editUsernameAllowed;

    public Optional<Output<Boolean>> editUsernameAllowed() {
        return Optional.ofNullable(this.editUsernameAllowed);
    }

    @Import(name="emailTheme")
    private @Nullable Output<String> emailTheme;

    public Optional<Output<String>> emailTheme() {
        return Optional.ofNullable(this.emailTheme);
    }

    /**
     * When `false`, users and clients will not be able to access this realm. Defaults to `true`.
     * 
     */
    @Import(name="enabled")
    private @Nullable Output<Boolean> enabled;

    /**
     * @return When `false`, users and clients will not be able to access this realm. Defaults to `true`.
     * 
     */
    public Optional<Output<Boolean>> enabled() {
        return Optional.ofNullable(this.enabled);
    }

    /**
     * Which flow should be used for FirstBrokerLoginFlow
     * 
     */
    @Import(name="firstBrokerLoginFlow")
    private @Nullable Output<String> firstBrokerLoginFlow;

    /**
     * @return Which flow should be used for FirstBrokerLoginFlow
     * 
     */
    public Optional<Output<String>> firstBrokerLoginFlow() {
        return Optional.ofNullable(this.firstBrokerLoginFlow);
    }

    /**
     * When specified, this will be used as the realm's internal ID within Keycloak. When not specified, the realm's internal ID will be set to the realm's name.
     * 
     */
    @Import(name="internalId")
    private @Nullable Output<String> internalId;

    /**
     * @return When specified, this will be used as the realm's internal ID within Keycloak. When not specified, the realm's internal ID will be set to the realm's name.
     * 
     */
    public Optional<Output<String>> internalId() {
        return Optional.ofNullable(this.internalId);
    }

    @Import(name="internationalization")
    private @Nullable Output<RealmInternationalizationArgs> internationalization;

    public Optional<Output<RealmInternationalizationArgs>> internationalization() {
        return Optional.ofNullable(this.internationalization);
    }

    @Import(name="loginTheme")
    private @Nullable Output<String> loginTheme;

    public Optional<Output<String>> loginTheme() {
        return Optional.ofNullable(this.loginTheme);
    }

    @Import(name="loginWithEmailAllowed")
    private @Nullable Output<Boolean> loginWithEmailAllowed;

    public Optional<Output<Boolean>> loginWithEmailAllowed() {
        return Optional.ofNullable(this.loginWithEmailAllowed);
    }

    @Import(name="oauth2DeviceCodeLifespan")
    private @Nullable Output<String> oauth2DeviceCodeLifespan;

    public Optional<Output<String>> oauth2DeviceCodeLifespan() {
        return Optional.ofNullable(this.oauth2DeviceCodeLifespan);
    }

    @Import(name="oauth2DevicePollingInterval")
    private @Nullable Output<Integer> oauth2DevicePollingInterval;

    public Optional<Output<Integer>> oauth2DevicePollingInterval() {
        return Optional.ofNullable(this.oauth2DevicePollingInterval);
    }

    @Import(name="offlineSessionIdleTimeout")
    private @Nullable Output<String> offlineSessionIdleTimeout;

    public Optional<Output<String>> offlineSessionIdleTimeout() {
        return Optional.ofNullable(this.offlineSessionIdleTimeout);
    }

    @Import(name="offlineSessionMaxLifespan")
    private @Nullable Output<String> offlineSessionMaxLifespan;

    public Optional<Output<String>> offlineSessionMaxLifespan() {
        return Optional.ofNullable(this.offlineSessionMaxLifespan);
    }

    @Import(name="offlineSessionMaxLifespanEnabled")
    private @Nullable Output<Boolean> offlineSessionMaxLifespanEnabled;

    public Optional<Output<Boolean>> offlineSessionMaxLifespanEnabled() {
        return Optional.ofNullable(this.offlineSessionMaxLifespanEnabled);
    }

    /**
     * When `true`, organization support is enabled. Defaults to `false`.
     * 
     */
    @Import(name="organizationsEnabled")
    private @Nullable Output<Boolean> organizationsEnabled;

    /**
     * @return When `true`, organization support is enabled. Defaults to `false`.
     * 
     */
    public Optional<Output<Boolean>> organizationsEnabled() {
        return Optional.ofNullable(this.organizationsEnabled);
    }

    @Import(name="otpPolicy")
    private @Nullable Output<RealmOtpPolicyArgs> otpPolicy;

    public Optional<Output<RealmOtpPolicyArgs>> otpPolicy() {
        return Optional.ofNullable(this.otpPolicy);
    }

    /**
     * String that represents the passwordPolicies that are in place. Each policy is separated with &#34; and &#34;. Supported policies can be found in the server-info providers page. example: &#34;upperCase(1) and length(8) and forceExpiredPasswordChange(365) and notUsername(undefined)&#34;
     * 
     */
    @Import(name="passwordPolicy")
    private @Nullable Output<String> passwordPolicy;

    /**
     * @return String that represents the passwordPolicies that are in place. Each policy is separated with &#34; and &#34;. Supported policies can be found in the server-info providers page. example: &#34;upperCase(1) and length(8) and forceExpiredPasswordChange(365) and notUsername(undefined)&#34;
     * 
     */
    public Optional<Output<String>> passwordPolicy() {
        return Optional.ofNullable(this.passwordPolicy);
    }

    /**
     * The name of the realm. This is unique across Keycloak. This will also be used as the realm's internal ID within Keycloak.
     * 
     */
    @Import(name="realm")
    private @Nullable Output<String> realm;

    /**
     * @return The name of the realm. This is unique across Keycloak. This will also be used as the realm's internal ID within Keycloak.
     * 
     */
    public Optional<Output<String>> realm() {
        return Optional.ofNullable(this.realm);
    }

    @Import(name="refreshTokenMaxReuse")
    private @Nullable Output<Integer> refreshTokenMaxReuse;

    public Optional<Output<Integer>> refreshTokenMaxReuse() {
        return Optional.ofNullable(this.refreshTokenMaxReuse);
    }

    @Import(name="registrationAllowed")
    private @Nullable Output<Boolean> registrationAllowed;

    public Optional<Output<Boolean>> registrationAllowed() {
        return Optional.ofNullable(this.registrationAllowed);
    }

    @Import(name="registrationEmailAsUsername")
    private @Nullable Output<Boolean> registrationEmailAsUsername;

    public Optional<Output<Boolean>> registrationEmailAsUsername() {
        return Optional.ofNullable(this.registrationEmailAsUsername);
    }

    /**
     * Which flow should be used for RegistrationFlow
     * 
     */
    @Import(name="registrationFlow")
    private @Nullable Output<String> registrationFlow;

    /**
     * @return Which flow should be used for RegistrationFlow
     * 
     */
    public Optional<Output<String>> registrationFlow() {
        return Optional.ofNullable(this.registrationFlow);
    }

    @Import(name="rememberMe")
    private @Nullable Output<Boolean> rememberMe;

    public Optional<Output<Boolean>> rememberMe() {
        return Optional.ofNullable(this.rememberMe);
    }

    /**
     * Which flow should be used for ResetCredentialsFlow
     * 
     */
    @Import(name="resetCredentialsFlow")
    private @Nullable Output<String> resetCredentialsFlow;

    /**
     * @return Which flow should be used for ResetCredentialsFlow
     * 
     */
    public Optional<Output<String>> resetCredentialsFlow() {
        return Optional.ofNullable(this.resetCredentialsFlow);
    }

    @Import(name="resetPasswordAllowed")
    private @Nullable Output<Boolean> resetPasswordAllowed;

    public Optional<Output<Boolean>> resetPasswordAllowed() {
        return Optional.ofNullable(this.resetPasswordAllowed);
    }

    @Import(name="revokeRefreshToken")
    private @Nullable Output<Boolean> revokeRefreshToken;

    public Optional<Output<Boolean>> revokeRefreshToken() {
        return Optional.ofNullable(this.revokeRefreshToken);
    }

    @Import(name="securityDefenses")
    private @Nullable Output<RealmSecurityDefensesArgs> securityDefenses;

    public Optional<Output<RealmSecurityDefensesArgs>> securityDefenses() {
        return Optional.ofNullable(this.securityDefenses);
    }

    @Import(name="smtpServer")
    private @Nullable Output<RealmSmtpServerArgs> smtpServer;

    public Optional<Output<RealmSmtpServerArgs>> smtpServer() {
        return Optional.ofNullable(this.smtpServer);
    }

    /**
     * SSL Required: Values can be 'none', 'external' or 'all'.
     * 
     */
    @Import(name="sslRequired")
    private @Nullable Output<String> sslRequired;

    /**
     * @return SSL Required: Values can be 'none', 'external' or 'all'.
     * 
     */
    public Optional<Output<String>> sslRequired() {
        return Optional.ofNullable(this.sslRequired);
    }

    @Import(name="ssoSessionIdleTimeout")
    private @Nullable Output<String> ssoSessionIdleTimeout;

    public Optional<Output<String>> ssoSessionIdleTimeout() {
        return Optional.ofNullable(this.ssoSessionIdleTimeout);
    }

    @Import(name="ssoSessionIdleTimeoutRememberMe")
    private @Nullable Output<String> ssoSessionIdleTimeoutRememberMe;

    public Optional<Output<String>> ssoSessionIdleTimeoutRememberMe() {
        return Optional.ofNullable(this.ssoSessionIdleTimeoutRememberMe);
    }

    @Import(name="ssoSessionMaxLifespan")
    private @Nullable Output<String> ssoSessionMaxLifespan;

    public Optional<Output<String>> ssoSessionMaxLifespan() {
        return Optional.ofNullable(this.ssoSessionMaxLifespan);
    }

    @Import(name="ssoSessionMaxLifespanRememberMe")
    private @Nullable Output<String> ssoSessionMaxLifespanRememberMe;

    public Optional<Output<String>> ssoSessionMaxLifespanRememberMe() {
        return Optional.ofNullable(this.ssoSessionMaxLifespanRememberMe);
    }

    /**
     * When set to true, the realm cannot be deleted. Defaults to false.
     * 
     */
    @Import(name="terraformDeletionProtection")
    private @Nullable Output<Boolean> terraformDeletionProtection;

    /**
     * @return When set to true, the realm cannot be deleted. Defaults to false.
     * 
     */
    public Optional<Output<Boolean>> terraformDeletionProtection() {
        return Optional.ofNullable(this.terraformDeletionProtection);
    }

    /**
     * When `true`, users are allowed to manage their own resources. Defaults to `false`.
     * 
     */
    @Import(name="userManagedAccess")
    private @Nullable Output<Boolean> userManagedAccess;

    /**
     * @return When `true`, users are allowed to manage their own resources. Defaults to `false`.
     * 
     */
    public Optional<Output<Boolean>> userManagedAccess() {
        return Optional.ofNullable(this.userManagedAccess);
    }

    @Import(name="verifyEmail")
    private @Nullable Output<Boolean> verifyEmail;

    public Optional<Output<Boolean>> verifyEmail() {
        return Optional.ofNullable(this.verifyEmail);
    }

    @Import(name="webAuthnPasswordlessPolicy")
    private @Nullable Output<RealmWebAuthnPasswordlessPolicyArgs> webAuthnPasswordlessPolicy;

    public Optional<Output<RealmWebAuthnPasswordlessPolicyArgs>> webAuthnPasswordlessPolicy() {
        return Optional.ofNullable(this.webAuthnPasswordlessPolicy);
    }

    @Import(name="webAuthnPolicy")
    private @Nullable Output<RealmWebAuthnPolicyArgs> webAuthnPolicy;

    public Optional<Output<RealmWebAuthnPolicyArgs>> webAuthnPolicy() {
        return Optional.ofNullable(this.webAuthnPolicy);
    }

    private RealmArgs() {}

    private RealmArgs(RealmArgs $) {
        this.accessCodeLifespan = $.accessCodeLifespan;
        this.accessCodeLifespanLogin = $.accessCodeLifespanLogin;
        this.accessCodeLifespanUserAction = $.accessCodeLifespanUserAction;
        this.accessTokenLifespan = $.accessTokenLifespan;
        this.accessTokenLifespanForImplicitFlow = $.accessTokenLifespanForImplicitFlow;
        this.accountTheme = $.accountTheme;
        this.actionTokenGeneratedByAdminLifespan = $.actionTokenGeneratedByAdminLifespan;
        this.actionTokenGeneratedByUserLifespan = $.actionTokenGeneratedByUserLifespan;
        this.adminPermissionsEnabled = $.adminPermissionsEnabled;
        this.adminTheme = $.adminTheme;
        this.attributes = $.attributes;
        this.browserFlow = $.browserFlow;
        this.clientAuthenticationFlow = $.clientAuthenticationFlow;
        this.clientSessionIdleTimeout = $.clientSessionIdleTimeout;
        this.clientSessionMaxLifespan = $.clientSessionMaxLifespan;
        this.defaultDefaultClientScopes = $.defaultDefaultClientScopes;
        this.defaultOptionalClientScopes = $.defaultOptionalClientScopes;
        this.defaultSignatureAlgorithm = $.defaultSignatureAlgorithm;
        this.directGrantFlow = $.directGrantFlow;
        this.displayName = $.displayName;
        this.displayNameHtml = $.displayNameHtml;
        this.dockerAuthenticationFlow = $.dockerAuthenticationFlow;
        this.duplicateEmailsAllowed = $.duplicateEmailsAllowed;
        this.editUsernameAllowed = $.editUsernameAllowed;
        this.emailTheme = $.emailTheme;
        this.enabled = $.enabled;
        this.firstBrokerLoginFlow = $.firstBrokerLoginFlow;
        this.internalId = $.internalId;
        this.internationalization = $.internationalization;
        this.loginTheme = $.loginTheme;
        this.loginWithEmailAllowed = $.loginWithEmailAllowed;
        this.oauth2DeviceCodeLifespan = $.oauth2DeviceCodeLifespan;
        this.oauth2DevicePollingInterval = $.oauth2DevicePollingInterval;
        this.offlineSessionIdleTimeout = $.offlineSessionIdleTimeout;
        this.offlineSessionMaxLifespan = $.offlineSessionMaxLifespan;
        this.offlineSessionMaxLifespanEnabled = $.offlineSessionMaxLifespanEnabled;
        this.organizationsEnabled = $.organizationsEnabled;
        this.otpPolicy = $.otpPolicy;
        this.passwordPolicy = $.passwordPolicy;
        this.realm = $.realm;
        this.refreshTokenMaxReuse = $.refreshTokenMaxReuse;
        this.registrationAllowed = $.registrationAllowed;
        this.registrationEmailAsUsername = $.registrationEmailAsUsername;
        this.registrationFlow = $.registrationFlow;
        this.rememberMe = $.rememberMe;
        this.resetCredentialsFlow = $.resetCredentialsFlow;
        this.resetPasswordAllowed = $.resetPasswordAllowed;
        this.revokeRefreshToken = $.revokeRefreshToken;
        this.securityDefenses = $.securityDefenses;
        this.smtpServer = $.smtpServer;
        this.sslRequired = $.sslRequired;
        this.ssoSessionIdleTimeout = $.ssoSessionIdleTimeout;
        this.ssoSessionIdleTimeoutRememberMe = $.ssoSessionIdleTimeoutRememberMe;
        this.ssoSessionMaxLifespan = $.ssoSessionMaxLifespan;
        this.ssoSessionMaxLifespanRememberMe = $.ssoSessionMaxLifespanRememberMe;
        this.terraformDeletionProtection = $.terraformDeletionProtection;
        this.userManagedAccess = $.userManagedAccess;
        this.verifyEmail = $.verifyEmail;
        this.webAuthnPasswordlessPolicy = $.webAuthnPasswordlessPolicy;
        this.webAuthnPolicy = $.webAuthnPolicy;
    }

    public static Builder builder() {
        return new Builder();
    }
    public static Builder builder(RealmArgs defaults) {
        return new Builder(defaults);
    }

    public static final class Builder {
        private RealmArgs $;

        public Builder() {
            $ = new RealmArgs();
        }

        public Builder(RealmArgs defaults) {
            $ = new RealmArgs(Objects.requireNonNull(defaults));
        }

        public Builder accessCodeLifespan(@Nullable Output<String> accessCodeLifespan) {
            $.accessCodeLifespan = accessCodeLifespan;
            return this;
        }

        public Builder accessCodeLifespan(String accessCodeLifespan) {
            return accessCodeLifespan(Output.of(accessCodeLifespan));
        }

        public Builder accessCodeLifespanLogin(@Nullable Output<String> accessCodeLifespanLogin) {
            $.accessCodeLifespanLogin = accessCodeLifespanLogin;
            return this;
        }

        public Builder accessCodeLifespanLogin(String accessCodeLifespanLogin) {
            return accessCodeLifespanLogin(Output.of(accessCodeLifespanLogin));
        }

        public Builder accessCodeLifespanUserAction(@Nullable Output<String> accessCodeLifespanUserAction) {
            $.accessCodeLifespanUserAction = accessCodeLifespanUserAction;
            return this;
        }

        public Builder accessCodeLifespanUserAction(String accessCodeLifespanUserAction) {
            return accessCodeLifespanUserAction(Output.of(accessCodeLifespanUserAction));
        }

        public Builder accessTokenLifespan(@Nullable Output<String> accessTokenLifespan) {
            $.accessTokenLifespan = accessTokenLifespan;
            return this;
        }

        public Builder accessTokenLifespan(String accessTokenLifespan) {
            return accessTokenLifespan(Output.of(accessTokenLifespan));
        }

        public Builder accessTokenLifespanForImplicitFlow(@Nullable Output<String> accessTokenLifespanForImplicitFlow) {
            $.accessTokenLifespanForImplicitFlow = accessTokenLifespanForImplicitFlow;
            return this;
        }

        public Builder accessTokenLifespanForImplicitFlow(String accessTokenLifespanForImplicitFlow) {
            return accessTokenLifespanForImplicitFlow(Output.of(accessTokenLifespanForImplicitFlow));
        }

        public Builder accountTheme(@Nullable Output<String> accountTheme) {
            $.accountTheme = accountTheme;
            return this;
        }

        public Builder accountTheme(String accountTheme) {
            return accountTheme(Output.of(accountTheme));
        }

        public Builder actionTokenGeneratedByAdminLifespan(@Nullable Output<String> actionTokenGeneratedByAdminLifespan) {
            $.actionTokenGeneratedByAdminLifespan = actionTokenGeneratedByAdminLifespan;
            return this;
        }

        public Builder actionTokenGeneratedByAdminLifespan(String actionTokenGeneratedByAdminLifespan) {
            return actionTokenGeneratedByAdminLifespan(Output.of(actionTokenGeneratedByAdminLifespan));
        }

        public Builder actionTokenGeneratedByUserLifespan(@Nullable Output<String> actionTokenGeneratedByUserLifespan) {
            $.actionTokenGeneratedByUserLifespan = actionTokenGeneratedByUserLifespan;
            return this;
        }

        public Builder actionTokenGeneratedByUserLifespan(String actionTokenGeneratedByUserLifespan) {
            return actionTokenGeneratedByUserLifespan(Output.of(actionTokenGeneratedByUserLifespan));
        }

        public Builder adminPermissionsEnabled(@Nullable Output<Boolean> adminPermissionsEnabled) {
            $.adminPermissionsEnabled = adminPermissionsEnabled;
            return this;
        }

        public Builder adminPermissionsEnabled(Boolean adminPermissionsEnabled) {
            return adminPermissionsEnabled(Output.of(adminPermissionsEnabled));
        }

        public Builder adminTheme(@Nullable Output<String> adminTheme) {
            $.adminTheme = adminTheme;
            return this;
        }

        public Builder adminTheme(String adminTheme) {
            return adminTheme(Output.of(adminTheme));
        }

        /**
         * @param attributes A map of custom attributes to add to the realm.
         * 
         * @return builder
         * 
         */
        public Builder attributes(@Nullable Output<Map<String,String>> attributes) {
            $.attributes = attributes;
            return this;
        }

        /**
         * @param attributes A map of custom attributes to add to the realm.
         * 
         * @return builder
         * 
         */
        public Builder attributes(Map<String,String> attributes) {
            return attributes(Output.of(attributes));
        }

        /**
         * @param browserFlow Which flow should be used for BrowserFlow
         * 
         * @return builder
         * 
         */
        public Builder browserFlow(@Nullable Output<String> browserFlow) {
            $.browserFlow = browserFlow;
            return this;
        }

        /**
         * @param browserFlow Which flow should be used for BrowserFlow
         * 
         * @return builder
         * 
         */
        public Builder browserFlow(String browserFlow) {
            return browserFlow(Output.of(browserFlow));
        }

        /**
         * @param clientAuthenticationFlow Which flow should be used for ClientAuthenticationFlow
         * 
         * @return builder
         * 
         */
        public Builder clientAuthenticationFlow(@Nullable Output<String> clientAuthenticationFlow) {
            $.clientAuthenticationFlow = clientAuthenticationFlow;
            return this;
        }

        /**
         * @param clientAuthenticationFlow Which flow should be used for ClientAuthenticationFlow
         * 
         * @return builder
         * 
         */
        public Builder clientAuthenticationFlow(String clientAuthenticationFlow) {
            return clientAuthenticationFlow(Output.of(clientAuthenticationFlow));
        }

        public Builder clientSessionIdleTimeout(@Nullable Output<String> clientSessionIdleTimeout) {
            $.clientSessionIdleTimeout = clientSessionIdleTimeout;
            return this;
        }

        public Builder clientSessionIdleTimeout(String clientSessionIdleTimeout) {
            return clientSessionIdleTimeout(Output.of(clientSessionIdleTimeout));
        }

        public Builder clientSessionMaxLifespan(@Nullable Output<String> clientSessionMaxLifespan) {
            $.clientSessionMaxLifespan = clientSessionMaxLifespan;
            return this;
        }

        public Builder clientSessionMaxLifespan(String clientSessionMaxLifespan) {
            return clientSessionMaxLifespan(Output.of(clientSessionMaxLifespan));
        }

        public Builder defaultDefaultClientScopes(@Nullable Output<List<String>> defaultDefaultClientScopes) {
            $.defaultDefaultClientScopes = defaultDefaultClientScopes;
            return this;
        }

        public Builder defaultDefaultClientScopes(List<String> defaultDefaultClientScopes) {
            return defaultDefaultClientScopes(Output.of(defaultDefaultClientScopes));
        }

        public Builder defaultDefaultClientScopes(String... defaultDefaultClientScopes) {
            return defaultDefaultClientScopes(List.of(defaultDefaultClientScopes));
        }

        public Builder defaultOptionalClientScopes(@Nullable Output<List<String>> defaultOptionalClientScopes) {
            $.defaultOptionalClientScopes = defaultOptionalClientScopes;
            return this;
        }

        public Builder defaultOptionalClientScopes(List<String> defaultOptionalClientScopes) {
            return defaultOptionalClientScopes(Output.of(defaultOptionalClientScopes));
        }

        public Builder defaultOptionalClientScopes(String... defaultOptionalClientScopes) {
            return defaultOptionalClientScopes(List.of(defaultOptionalClientScopes));
        }

        public Builder defaultSignatureAlgorithm(@Nullable Output<String> defaultSignatureAlgorithm) {
            $.defaultSignatureAlgorithm = defaultSignatureAlgorithm;
            return this;
        }

        public Builder defaultSignatureAlgorithm(String defaultSignatureAlgorithm) {
            return defaultSignatureAlgorithm(Output.of(defaultSignatureAlgorithm));
        }

        /**
         * @param directGrantFlow Which flow should be used for DirectGrantFlow
         * 
         * @return builder
         * 
         */
        public Builder directGrantFlow(@Nullable Output<String> directGrantFlow) {
            $.directGrantFlow = directGrantFlow;
            return this;
        }

        /**
         * @param directGrantFlow Which flow should be used for DirectGrantFlow
         * 
         * @return builder
         * 
         */
        public Builder directGrantFlow(String directGrantFlow) {
            return directGrantFlow(Output.of(directGrantFlow));
        }

        /**
         * @param displayName The display name for the realm that is shown when logging in to the admin console.
         * 
         * @return builder
         * 
         */
        public Builder displayName(@Nullable Output<String> displayName) {
            $.displayName = displayName;
            return this;
        }

        /**
         * @param displayName The display name for the realm that is shown when logging in to the admin console.
         * 
         * @return builder
         * 
         */
        public Builder displayName(String displayName) {
            return displayName(Output.of(displayName));
        }

        /**
         * @param displayNameHtml The display name for the realm that is rendered as HTML on the screen when logging in to the admin console.
         * 
         * @return builder
         * 
         */
        public Builder displayNameHtml(@Nullable Output<String> displayNameHtml) {
            $.displayNameHtml = displayNameHtml;
            return this;
        }

        /**
         * @param displayNameHtml The display name for the realm that is rendered as HTML on the screen when logging in to the admin console.
         * 
         * @return builder
         * 
         */
        public Builder displayNameHtml(String displayNameHtml) {
            return displayNameHtml(Output.of(displayNameHtml));
        }

        /**
         * @param dockerAuthenticationFlow Which flow should be used for DockerAuthenticationFlow
         * 
         * @return builder
         * 
         */
        public Builder dockerAuthenticationFlow(@Nullable Output<String> dockerAuthenticationFlow) {
            $.dockerAuthenticationFlow = dockerAuthenticationFlow;
            return this;
        }

        /**
         * @param dockerAuthenticationFlow Which flow should be used for DockerAuthenticationFlow
         * 
         * @return builder
         * 
         */
        public Builder dockerAuthenticationFlow(String dockerAuthenticationFlow) {
            return dockerAuthenticationFlow(Output.of(dockerAuthenticationFlow));
        }

        public Builder duplicateEmailsAllowed(@Nullable Output<Boolean> duplicateEmailsAllowed) {
            $.duplicateEmailsAllowed = duplicateEmailsAllowed;
            return this;
        }

        public Builder duplicateEmailsAllowed(Boolean duplicateEmailsAllowed) {
            return duplicateEmailsAllowed(Output.of(duplicateEmailsAllowed));
        }

        public Builder editUsernameAllowed(@Nullable Output<Boolean> editUsernameAllowed) {
            $.editUsernameAllowed = editUsernameAllowed;
            return this;
        }

        public Builder editUsernameAllowed(Boolean editUsernameAllowed) {
            return editUsernameAllowed(Output.of(editUsernameAllowed));
        }

        public Builder emailTheme(@Nullable Output<String> emailTheme) {
            $.emailTheme = emailTheme;
            return this;
        }

        public Builder emailTheme(String emailTheme) {
            return emailTheme(Output.of(emailTheme));
        }

        /**
         * @param enabled When `false`, users and clients will not be able to access this realm. Defaults to `true`.
         * 
         * @return builder
         * 
         */
        public Builder enabled(@Nullable Output<Boolean> enabled) {
            $.enabled = enabled;
            return this;
        }

        /**
         * @param enabled When `false`, users and clients will not be able to access this realm. Defaults to `true`.
         * 
         * @return builder
         * 
         */
        public Builder enabled(Boolean enabled) {
            return enabled(Output.of(enabled));
        }

        /**
         * @param firstBrokerLoginFlow Which flow should be used for FirstBrokerLoginFlow
         * 
         * @return builder
         * 
         */
        public Builder firstBrokerLoginFlow(@Nullable Output<String> firstBrokerLoginFlow) {
            $.firstBrokerLoginFlow = firstBrokerLoginFlow;
            return this;
        }

        /**
         * @param firstBrokerLoginFlow Which flow should be used for FirstBrokerLoginFlow
         * 
         * @return builder
         * 
         */
        public Builder firstBrokerLoginFlow(String firstBrokerLoginFlow) {
            return firstBrokerLoginFlow(Output.of(firstBrokerLoginFlow));
        }

        /**
         * @param internalId When specified, this will be used as the realm's internal ID within Keycloak. When not specified, the realm's internal ID will be set to the realm's name.
         * 
         * @return builder
         * 
         */
        public Builder internalId(@Nullable Output<String> internalId) {
            $.internalId = internalId;
            return this;
        }

        /**
         * @param internalId When specified, this will be used as the realm's internal ID within Keycloak. When not specified, the realm's internal ID will be set to the realm's name.
         * 
         * @return builder
         * 
         */
        public Builder internalId(String internalId) {
            return internalId(Output.of(internalId));
        }

        public Builder internationalization(@Nullable Output<RealmInternationalizationArgs> internationalization) {
            $.internationalization = internationalization;
            return this;
        }

        public Builder internationalization(RealmInternationalizationArgs internationalization) {
            return internationalization(Output.of(internationalization));
        }

        public Builder loginTheme(@Nullable Output<String> loginTheme) {
            $.loginTheme = loginTheme;
            return this;
        }

        public Builder loginTheme(String loginTheme) {
            return loginTheme(Output.of(loginTheme));
        }

        public Builder loginWithEmailAllowed(@Nullable Output<Boolean> loginWithEmailAllowed) {
            $.loginWithEmailAllowed = loginWithEmailAllowed;
            return this;
        }

        public Builder loginWithEmailAllowed(Boolean loginWithEmailAllowed) {
            return loginWithEmailAllowed(Output.of(loginWithEmailAllowed));
        }

        public Builder oauth2DeviceCodeLifespan(@Nullable Output<String> oauth2DeviceCodeLifespan) {
            $.oauth2DeviceCodeLifespan = oauth2DeviceCodeLifespan;
            return this;
        }

        public Builder oauth2DeviceCodeLifespan(String oauth2DeviceCodeLifespan) {
            return oauth2DeviceCodeLifespan(Output.of(oauth2DeviceCodeLifespan));
        }

        public Builder oauth2DevicePollingInterval(@Nullable Output<Integer> oauth2DevicePollingInterval) {
            $.oauth2DevicePollingInterval = oauth2DevicePollingInterval;
            return this;
        }

        public Builder oauth2DevicePollingInterval(Integer oauth2DevicePollingInterval) {
            return oauth2DevicePollingInterval(Output.of(oauth2DevicePollingInterval));
        }

        public Builder offlineSessionIdleTimeout(@Nullable Output<String> offlineSessionIdleTimeout) {
            $.offlineSessionIdleTimeout = offlineSessionIdleTimeout;
            return this;
        }

        public Builder offlineSessionIdleTimeout(String offlineSessionIdleTimeout) {
            return offlineSessionIdleTimeout(Output.of(offlineSessionIdleTimeout));
        }

        public Builder offlineSessionMaxLifespan(@Nullable Output<String> offlineSessionMaxLifespan) {
            $.offlineSessionMaxLifespan = offlineSessionMaxLifespan;
            return this;
        }

        public Builder offlineSessionMaxLifespan(String offlineSessionMaxLifespan) {
            return offlineSessionMaxLifespan(Output.of(offlineSessionMaxLifespan));
        }

        public Builder offlineSessionMaxLifespanEnabled(@Nullable Output<Boolean> offlineSessionMaxLifespanEnabled) {
            $.offlineSessionMaxLifespanEnabled = offlineSessionMaxLifespanEnabled;
            return this;
        }

        public Builder offlineSessionMaxLifespanEnabled(Boolean offlineSessionMaxLifespanEnabled) {
            return offlineSessionMaxLifespanEnabled(Output.of(offlineSessionMaxLifespanEnabled));
        }

        /**
         * @param organizationsEnabled When `true`, organization support is enabled. Defaults to `false`.
         * 
         * @return builder
         * 
         */
        public Builder organizationsEnabled(@Nullable Output<Boolean> organizationsEnabled) {
            $.organizationsEnabled = organizationsEnabled;
            return this;
        }

        /**
         * @param organizationsEnabled When `true`, organization support is enabled. Defaults to `false`.
         * 
         * @return builder
         * 
         */
        public Builder organizationsEnabled(Boolean organizationsEnabled) {
            return organizationsEnabled(Output.of(organizationsEnabled));
        }

        public Builder otpPolicy(@Nullable Output<RealmOtpPolicyArgs> otpPolicy) {
            $.otpPolicy = otpPolicy;
            return this;
        }

        public Builder otpPolicy(RealmOtpPolicyArgs otpPolicy) {
            return otpPolicy(Output.of(otpPolicy));
        }

        /**
         * @param passwordPolicy String that represents the passwordPolicies that are in place. Each policy is separated with &#34; and &#34;. Supported policies can be found in the server-info providers page. example: &#34;upperCase(1) and length(8) and forceExpiredPasswordChange(365) and notUsername(undefined)&#34;
         * 
         * @return builder
         * 
         */
        public Builder passwordPolicy(@Nullable Output<String> passwordPolicy) {
            $.passwordPolicy = passwordPolicy;
            return this;
        }

        /**
         * @param passwordPolicy String that represents the passwordPolicies that are in place. Each policy is separated with &#34; and &#34;. Supported policies can be found in the server-info providers page. example: &#34;upperCase(1) and length(8) and forceExpiredPasswordChange(365) and notUsername(undefined)&#34;
         * 
         * @return builder
         * 
         */
        public Builder passwordPolicy(String passwordPolicy) {
            return passwordPolicy(Output.of(passwordPolicy));
        }

        /**
         * @param realm The name of the realm. This is unique across Keycloak. This will also be used as the realm's internal ID within Keycloak.
         * 
         * @return builder
         * 
         */
        public Builder realm(@Nullable Output<String> realm) {
            $.realm = realm;
            return this;
        }

        /**
         * @param realm The name of the realm. This is unique across Keycloak. This will also be used as the realm's internal ID within Keycloak.
         * 
         * @return builder
         * 
         */
        public Builder realm(String realm) {
            return realm(Output.of(realm));
        }

        public Builder refreshTokenMaxReuse(@Nullable Output<Integer> refreshTokenMaxReuse) {
            $.refreshTokenMaxReuse = refreshTokenMaxReuse;
            return this;
        }

        public Builder refreshTokenMaxReuse(Integer refreshTokenMaxReuse) {
            return refreshTokenMaxReuse(Output.of(refreshTokenMaxReuse));
        }

        public Builder registrationAllowed(@Nullable Output<Boolean> registrationAllowed) {
            $.registrationAllowed = registrationAllowed;
            return this;
        }

        public Builder registrationAllowed(Boolean registrationAllowed) {
            return registrationAllowed(Output.of(registrationAllowed));
        }

        public Builder registrationEmailAsUsername(@Nullable Output<Boolean> registrationEmailAsUsername) {
            $.registrationEmailAsUsername = registrationEmailAsUsername;
            return this;
        }

        public Builder registrationEmailAsUsername(Boolean registrationEmailAsUsername) {
            return registrationEmailAsUsername(Output.of(registrationEmailAsUsername));
        }

        /**
         * @param registrationFlow Which flow should be used for RegistrationFlow
         * 
         * @return builder
         * 
         */
        public Builder registrationFlow(@Nullable Output<String> registrationFlow) {
            $.registrationFlow = registrationFlow;
            return this;
        }

        /**
         * @param registrationFlow Which flow should be used for RegistrationFlow
         * 
         * @return builder
         * 
         */
        public Builder registrationFlow(String registrationFlow) {
            return registrationFlow(Output.of(registrationFlow));
        }

        public Builder rememberMe(@Nullable Output<Boolean> rememberMe) {
            $.rememberMe = rememberMe;
            return this;
        }

        public Builder rememberMe(Boolean rememberMe) {
            return rememberMe(Output.of(rememberMe));
        }

        /**
         * @param resetCredentialsFlow Which flow should be used for ResetCredentialsFlow
         * 
         * @return builder
         * 
         */
        public Builder resetCredentialsFlow(@Nullable Output<String> resetCredentialsFlow) {
            $.resetCredentialsFlow = resetCredentialsFlow;
            return this;
        }

        /**
         * @param resetCredentialsFlow Which flow should be used for ResetCredentialsFlow
         * 
         * @return builder
         * 
         */
        public Builder resetCredentialsFlow(String resetCredentialsFlow) {
            return resetCredentialsFlow(Output.of(resetCredentialsFlow));
        }

        public Builder resetPasswordAllowed(@Nullable Output<Boolean> resetPasswordAllowed) {
            $.resetPasswordAllowed = resetPasswordAllowed;
            return this;
        }

        public Builder resetPasswordAllowed(Boolean resetPasswordAllowed) {
            return resetPasswordAllowed(Output.of(resetPasswordAllowed));
        }

        public Builder revokeRefreshToken(@Nullable Output<Boolean> revokeRefreshToken) {
            $.revokeRefreshToken = revokeRefreshToken;
            return this;
        }

        public Builder revokeRefreshToken(Boolean revokeRefreshToken) {
            return revokeRefreshToken(Output.of(revokeRefreshToken));
        }

        public Builder securityDefenses(@Nullable Output<RealmSecurityDefensesArgs> securityDefenses) {
            $.securityDefenses = securityDefenses;
            return this;
        }

        public Builder securityDefenses(RealmSecurityDefensesArgs securityDefenses) {
            return securityDefenses(Output.of(securityDefenses));
        }

        public Builder smtpServer(@Nullable Output<RealmSmtpServerArgs> smtpServer) {
            $.smtpServer = smtpServer;
            return this;
        }

        public Builder smtpServer(RealmSmtpServerArgs smtpServer) {
            return smtpServer(Output.of(smtpServer));
        }

        /**
         * @param sslRequired SSL Required: Values can be 'none', 'external' or 'all'.
         * 
         * @return builder
         * 
         */
        public Builder sslRequired(@Nullable Output<String> sslRequired) {
            $.sslRequired = sslRequired;
            return this;
        }

        /**
         * @param sslRequired SSL Required: Values can be 'none', 'external' or 'all'.
         * 
         * @return builder
         * 
         */
        public Builder sslRequired(String sslRequired) {
            return sslRequired(Output.of(sslRequired));
        }

        public Builder ssoSessionIdleTimeout(@Nullable Output<String> ssoSessionIdleTimeout) {
            $.ssoSessionIdleTimeout = ssoSessionIdleTimeout;
            return this;
        }

        public Builder ssoSessionIdleTimeout(String ssoSessionIdleTimeout) {
            return ssoSessionIdleTimeout(Output.of(ssoSessionIdleTimeout));
        }

        public Builder ssoSessionIdleTimeoutRememberMe(@Nullable Output<String> ssoSessionIdleTimeoutRememberMe) {
            $.ssoSessionIdleTimeoutRememberMe = ssoSessionIdleTimeoutRememberMe;
            return this;
        }

        public Builder ssoSessionIdleTimeoutRememberMe(String ssoSessionIdleTimeoutRememberMe) {
            return ssoSessionIdleTimeoutRememberMe(Output.of(ssoSessionIdleTimeoutRememberMe));
        }

        public Builder ssoSessionMaxLifespan(@Nullable Output<String> ssoSessionMaxLifespan) {
            $.ssoSessionMaxLifespan = ssoSessionMaxLifespan;
            return this;
        }

        public Builder ssoSessionMaxLifespan(String ssoSessionMaxLifespan) {
            return ssoSessionMaxLifespan(Output.of(ssoSessionMaxLifespan));
        }

        public Builder ssoSessionMaxLifespanRememberMe(@Nullable Output<String> ssoSessionMaxLifespanRememberMe) {
            $.ssoSessionMaxLifespanRememberMe = ssoSessionMaxLifespanRememberMe;
            return this;
        }

        public Builder ssoSessionMaxLifespanRememberMe(String ssoSessionMaxLifespanRememberMe) {
            return ssoSessionMaxLifespanRememberMe(Output.of(ssoSessionMaxLifespanRememberMe));
        }

        /**
         * @param terraformDeletionProtection When set to true, the realm cannot be deleted. Defaults to false.
         * 
         * @return builder
         * 
         */
        public Builder terraformDeletionProtection(@Nullable Output<Boolean> terraformDeletionProtection) {
            $.terraformDeletionProtection = terraformDeletionProtection;
            return this;
        }

        /**
         * @param terraformDeletionProtection When set to true, the realm cannot be deleted. Defaults to false.
         * 
         * @return builder
         * 
         */
        public Builder terraformDeletionProtection(Boolean terraformDeletionProtection) {
            return terraformDeletionProtection(Output.of(terraformDeletionProtection));
        }

        /**
         * @param userManagedAccess When `true`, users are allowed to manage their own resources. Defaults to `false`.
         * 
         * @return builder
         * 
         */
        public Builder userManagedAccess(@Nullable Output<Boolean> userManagedAccess) {
            $.userManagedAccess = userManagedAccess;
            return this;
        }

        /**
         * @param userManagedAccess When `true`, users are allowed to manage their own resources. Defaults to `false`.
         * 
         * @return builder
         * 
         */
        public Builder userManagedAccess(Boolean userManagedAccess) {
            return userManagedAccess(Output.of(userManagedAccess));
        }

        public Builder verifyEmail(@Nullable Output<Boolean> verifyEmail) {
            $.verifyEmail = verifyEmail;
            return this;
        }

        public Builder verifyEmail(Boolean verifyEmail) {
            return verifyEmail(Output.of(verifyEmail));
        }

        public Builder webAuthnPasswordlessPolicy(@Nullable Output<RealmWebAuthnPasswordlessPolicyArgs> webAuthnPasswordlessPolicy) {
            $.webAuthnPasswordlessPolicy = webAuthnPasswordlessPolicy;
            return this;
        }

        public Builder webAuthnPasswordlessPolicy(RealmWebAuthnPasswordlessPolicyArgs webAuthnPasswordlessPolicy) {
            return webAuthnPasswordlessPolicy(Output.of(webAuthnPasswordlessPolicy));
        }

        public Builder webAuthnPolicy(@Nullable Output<RealmWebAuthnPolicyArgs> webAuthnPolicy) {
            $.webAuthnPolicy = webAuthnPolicy;
            return this;
        }

        public Builder webAuthnPolicy(RealmWebAuthnPolicyArgs webAuthnPolicy) {
            return webAuthnPolicy(Output.of(webAuthnPolicy));
        }

        public RealmArgs build() {
            return $;
        }
    }

}
