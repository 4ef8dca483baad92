// Typed Pulumi binding in the layout of pulumi-java-gen output; the official provider
// schema is the source of truth (see the com.onering.providers package documentation).

package com.onering.providers.keycloak.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import java.lang.Boolean;
import java.lang.Integer;
import java.lang.String;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;


public final class RealmWebAuthnPasswordlessPolicyArgs extends com.pulumi.resources.ResourceArgs {

    public static final RealmWebAuthnPasswordlessPolicyArgs Empty = new RealmWebAuthnPasswordlessPolicyArgs();

    /**
     * A set of AAGUIDs for which an authenticator can be registered.
     * 
     */
    @Import(name="acceptableAaguids")
    private @Nullable Output<List<String>> acceptableAaguids;

    /**
     * @return A set of AAGUIDs for which an authenticator can be registered.
     * 
     */
    public Optional<Output<List<String>>> acceptableAaguids() {
        return Optional.ofNullable(this.acceptableAaguids);
    }

    /**
     * Either none, indirect or direct
     * 
     */
    @Import(name="attestationConveyancePreference")
    private @Nullable Output<String> attestationConveyancePreference;

    /**
     * @return Either none, indirect or direct
     * 
     */
    public Optional<Output<String>> attestationConveyancePreference() {
        return Optional.ofNullable(this.attestationConveyancePreference);
    }

    /**
     * Either platform or cross-platform
     * 
     */
    @Import(name="authenticatorAttachment")
    private @Nullable Output<String> authenticatorAttachment;

    /**
     * @return Either platform or cross-platform
     * 
     */
    public Optional<Output<String>> authenticatorAttachment() {
        return Optional.ofNullable(this.authenticatorAttachment);
    }

    /**
     * When `true`, Keycloak will avoid registering the authenticator for WebAuthn if it has already been registered. Defaults to `false`.
     * 
     */
    @Import(name="avoidSameAuthenticatorRegister")
    private @Nullable Output<Boolean> avoidSameAuthenticatorRegister;

    /**
     * @return When `true`, Keycloak will avoid registering the authenticator for WebAuthn if it has already been registered. Defaults to `false`.
     * 
     */
    public Optional<Output<Boolean>> avoidSameAuthenticatorRegister() {
        return Optional.ofNullable(this.avoidSameAuthenticatorRegister);
    }

    /**
     * The timeout value for creating a user's public key credential in seconds. When set to `0`, this timeout option is not adapted. Defaults to `0`.
     * 
     */
    @Import(name="createTimeout")
    private @Nullable Output<Integer> createTimeout;

    /**
     * @return The timeout value for creating a user's public key credential in seconds. When set to `0`, this timeout option is not adapted. Defaults to `0`.
     * 
     */
    public Optional<Output<Integer>> createTimeout() {
        return Optional.ofNullable(this.createTimeout);
    }

    /**
     * Either required, preferred or discouraged. Replaces and takes precedence over the deprecated requireResidentKey attribute. Requires Keycloak 26.7 or higher.
     * 
     */
    @Import(name="discoverableCredential")
    private @Nullable Output<String> discoverableCredential;

    /**
     * @return Either required, preferred or discouraged. Replaces and takes precedence over the deprecated requireResidentKey attribute. Requires Keycloak 26.7 or higher.
     * 
     */
    public Optional<Output<String>> discoverableCredential() {
        return Optional.ofNullable(this.discoverableCredential);
    }

    /**
     * A set of extra origins for non-web applications.
     * 
     */
    @Import(name="extraOrigins")
    private @Nullable Output<List<String>> extraOrigins;

    /**
     * @return A set of extra origins for non-web applications.
     * 
     */
    public Optional<Output<List<String>>> extraOrigins() {
        return Optional.ofNullable(this.extraOrigins);
    }

    /**
     * Enable passkeys for passwordless WebAuthn authentication
     * 
     */
    @Import(name="passwordlessPasskeysEnabled")
    private @Nullable Output<Boolean> passwordlessPasskeysEnabled;

    /**
     * @return Enable passkeys for passwordless WebAuthn authentication
     * 
     */
    public Optional<Output<Boolean>> passwordlessPasskeysEnabled() {
        return Optional.ofNullable(this.passwordlessPasskeysEnabled);
    }

    /**
     * A human-readable server name for the WebAuthn Relying Party. Defaults to `keycloak`.
     * 
     */
    @Import(name="relyingPartyEntityName")
    private @Nullable Output<String> relyingPartyEntityName;

    /**
     * @return A human-readable server name for the WebAuthn Relying Party. Defaults to `keycloak`.
     * 
     */
    public Optional<Output<String>> relyingPartyEntityName() {
        return Optional.ofNullable(this.relyingPartyEntityName);
    }

    /**
     * The WebAuthn relying party ID.
     * 
     */
    @Import(name="relyingPartyId")
    private @Nullable Output<String> relyingPartyId;

    /**
     * @return The WebAuthn relying party ID.
     * 
     */
    public Optional<Output<String>> relyingPartyId() {
        return Optional.ofNullable(this.relyingPartyId);
    }

    /**
     * Either Yes or No
     * 
     * @deprecated
     * Deprecated by Keycloak in favor of discoverable_credential. This attribute is only used when discoverableCredential is left as &#34;not specified&#34; and is planned to be removed in a future Keycloak version.
     * 
     */
    @Deprecated /* Deprecated by Keycloak in favor of discoverable_credential. This attribute is only used when discoverableCredential is left as ""not specified"" and is planned to be removed in a future Keycloak version. */
    @Import(name="requireResidentKey")
    private @Nullable Output<String> requireResidentKey;

    /**
     * @return Either Yes or No
     * 
     * @deprecated
     * Deprecated by Keycloak in favor of discoverable_credential. This attribute is only used when discoverableCredential is left as &#34;not specified&#34; and is planned to be removed in a future Keycloak version.
     * 
     */
    @Deprecated /* Deprecated by Keycloak in favor of discoverable_credential. This attribute is only used when discoverableCredential is left as ""not specified"" and is planned to be removed in a future Keycloak version. */
    public Optional<Output<String>> requireResidentKey() {
        return Optional.ofNullable(this.requireResidentKey);
    }

    /**
     * Keycloak lists ES256, ES384, ES512, RS256, RS384, RS512, RS1 at the time of writing
     * 
     */
    @Import(name="signatureAlgorithms")
    private @Nullable Output<List<String>> signatureAlgorithms;

    /**
     * @return Keycloak lists ES256, ES384, ES512, RS256, RS384, RS512, RS1 at the time of writing
     * 
     */
    public Optional<Output<List<String>>> signatureAlgorithms() {
        return Optional.ofNullable(this.signatureAlgorithms);
    }

    /**
     * Either required, preferred or discouraged
     * 
     */
    @Import(name="userVerificationRequirement")
    private @Nullable Output<String> userVerificationRequirement;

    /**
     * @return Either required, preferred or discouraged
     * 
     */
    public Optional<Output<String>> userVerificationRequirement() {
        return Optional.ofNullable(this.userVerificationRequirement);
    }

    private RealmWebAuthnPasswordlessPolicyArgs() {}

    private RealmWebAuthnPasswordlessPolicyArgs(RealmWebAuthnPasswordlessPolicyArgs $) {
        this.acceptableAaguids = $.acceptableAaguids;
        this.attestationConveyancePreference = $.attestationConveyancePreference;
        this.authenticatorAttachment = $.authenticatorAttachment;
        this.avoidSameAuthenticatorRegister = $.avoidSameAuthenticatorRegister;
        this.createTimeout = $.createTimeout;
        this.discoverableCredential = $.discoverableCredential;
        this.extraOrigins = $.extraOrigins;
        this.passwordlessPasskeysEnabled = $.passwordlessPasskeysEnabled;
        this.relyingPartyEntityName = $.relyingPartyEntityName;
        this.relyingPartyId = $.relyingPartyId;
        this.requireResidentKey = $.requireResidentKey;
        this.signatureAlgorithms = $.signatureAlgorithms;
        this.userVerificationRequirement = $.userVerificationRequirement;
    }

    public static Builder builder() {
        return new Builder();
    }
    public static Builder builder(RealmWebAuthnPasswordlessPolicyArgs defaults) {
        return new Builder(defaults);
    }

    public static final class Builder {
        private RealmWebAuthnPasswordlessPolicyArgs $;

        public Builder() {
            $ = new RealmWebAuthnPasswordlessPolicyArgs();
        }

        public Builder(RealmWebAuthnPasswordlessPolicyArgs defaults) {
            $ = new RealmWebAuthnPasswordlessPolicyArgs(Objects.requireNonNull(defaults));
        }

        /**
         * @param acceptableAaguids A set of AAGUIDs for which an authenticator can be registered.
         * 
         * @return builder
         * 
         */
        public Builder acceptableAaguids(@Nullable Output<List<String>> acceptableAaguids) {
            $.acceptableAaguids = acceptableAaguids;
            return this;
        }

        /**
         * @param acceptableAaguids A set of AAGUIDs for which an authenticator can be registered.
         * 
         * @return builder
         * 
         */
        public Builder acceptableAaguids(List<String> acceptableAaguids) {
            return acceptableAaguids(Output.of(acceptableAaguids));
        }

        /**
         * @param acceptableAaguids A set of AAGUIDs for which an authenticator can be registered.
         * 
         * @return builder
         * 
         */
        public Builder acceptableAaguids(String... acceptableAaguids) {
            return acceptableAaguids(List.of(acceptableAaguids));
        }

        /**
         * @param attestationConveyancePreference Either none, indirect or direct
         * 
         * @return builder
         * 
         */
        public Builder attestationConveyancePreference(@Nullable Output<String> attestationConveyancePreference) {
            $.attestationConveyancePreference = attestationConveyancePreference;
            return this;
        }

        /**
         * @param attestationConveyancePreference Either none, indirect or direct
         * 
         * @return builder
         * 
         */
        public Builder attestationConveyancePreference(String attestationConveyancePreference) {
            return attestationConveyancePreference(Output.of(attestationConveyancePreference));
        }

        /**
         * @param authenticatorAttachment Either platform or cross-platform
         * 
         * @return builder
         * 
         */
        public Builder authenticatorAttachment(@Nullable Output<String> authenticatorAttachment) {
            $.authenticatorAttachment = authenticatorAttachment;
            return this;
        }

        /**
         * @param authenticatorAttachment Either platform or cross-platform
         * 
         * @return builder
         * 
         */
        public Builder authenticatorAttachment(String authenticatorAttachment) {
            return authenticatorAttachment(Output.of(authenticatorAttachment));
        }

        /**
         * @param avoidSameAuthenticatorRegister When `true`, Keycloak will avoid registering the authenticator for WebAuthn if it has already been registered. Defaults to `false`.
         * 
         * @return builder
         * 
         */
        public Builder avoidSameAuthenticatorRegister(@Nullable Output<Boolean> avoidSameAuthenticatorRegister) {
            $.avoidSameAuthenticatorRegister = avoidSameAuthenticatorRegister;
            return this;
        }

        /**
         * @param avoidSameAuthenticatorRegister When `true`, Keycloak will avoid registering the authenticator for WebAuthn if it has already been registered. Defaults to `false`.
         * 
         * @return builder
         * 
         */
        public Builder avoidSameAuthenticatorRegister(Boolean avoidSameAuthenticatorRegister) {
            return avoidSameAuthenticatorRegister(Output.of(avoidSameAuthenticatorRegister));
        }

        /**
         * @param createTimeout The timeout value for creating a user's public key credential in seconds. When set to `0`, this timeout option is not adapted. Defaults to `0`.
         * 
         * @return builder
         * 
         */
        public Builder createTimeout(@Nullable Output<Integer> createTimeout) {
            $.createTimeout = createTimeout;
            return this;
        }

        /**
         * @param createTimeout The timeout value for creating a user's public key credential in seconds. When set to `0`, this timeout option is not adapted. Defaults to `0`.
         * 
         * @return builder
         * 
         */
        public Builder createTimeout(Integer createTimeout) {
            return createTimeout(Output.of(createTimeout));
        }

        /**
         * @param discoverableCredential Either required, preferred or discouraged. Replaces and takes precedence over the deprecated requireResidentKey attribute. Requires Keycloak 26.7 or higher.
         * 
         * @return builder
         * 
         */
        public Builder discoverableCredential(@Nullable Output<String> discoverableCredential) {
            $.discoverableCredential = discoverableCredential;
            return this;
        }

        /**
         * @param discoverableCredential Either required, preferred or discouraged. Replaces and takes precedence over the deprecated requireResidentKey attribute. Requires Keycloak 26.7 or higher.
         * 
         * @return builder
         * 
         */
        public Builder discoverableCredential(String discoverableCredential) {
            return discoverableCredential(Output.of(discoverableCredential));
        }

        /**
         * @param extraOrigins A set of extra origins for non-web applications.
         * 
         * @return builder
         * 
         */
        public Builder extraOrigins(@Nullable Output<List<String>> extraOrigins) {
            $.extraOrigins = extraOrigins;
            return this;
        }

        /**
         * @param extraOrigins A set of extra origins for non-web applications.
         * 
         * @return builder
         * 
         */
        public Builder extraOrigins(List<String> extraOrigins) {
            return extraOrigins(Output.of(extraOrigins));
        }

        /**
         * @param extraOrigins A set of extra origins for non-web applications.
         * 
         * @return builder
         * 
         */
        public Builder extraOrigins(String... extraOrigins) {
            return extraOrigins(List.of(extraOrigins));
        }

        /**
         * @param passwordlessPasskeysEnabled Enable passkeys for passwordless WebAuthn authentication
         * 
         * @return builder
         * 
         */
        public Builder passwordlessPasskeysEnabled(@Nullable Output<Boolean> passwordlessPasskeysEnabled) {
            $.passwordlessPasskeysEnabled = passwordlessPasskeysEnabled;
            return this;
        }

        /**
         * @param passwordlessPasskeysEnabled Enable passkeys for passwordless WebAuthn authentication
         * 
         * @return builder
         * 
         */
        public Builder passwordlessPasskeysEnabled(Boolean passwordlessPasskeysEnabled) {
            return passwordlessPasskeysEnabled(Output.of(passwordlessPasskeysEnabled));
        }

        /**
         * @param relyingPartyEntityName A human-readable server name for the WebAuthn Relying Party. Defaults to `keycloak`.
         * 
         * @return builder
         * 
         */
        public Builder relyingPartyEntityName(@Nullable Output<String> relyingPartyEntityName) {
            $.relyingPartyEntityName = relyingPartyEntityName;
            return this;
        }

        /**
         * @param relyingPartyEntityName A human-readable server name for the WebAuthn Relying Party. Defaults to `keycloak`.
         * 
         * @return builder
         * 
         */
        public Builder relyingPartyEntityName(String relyingPartyEntityName) {
            return relyingPartyEntityName(Output.of(relyingPartyEntityName));
        }

        /**
         * @param relyingPartyId The WebAuthn relying party ID.
         * 
         * @return builder
         * 
         */
        public Builder relyingPartyId(@Nullable Output<String> relyingPartyId) {
            $.relyingPartyId = relyingPartyId;
            return this;
        }

        /**
         * @param relyingPartyId The WebAuthn relying party ID.
         * 
         * @return builder
         * 
         */
        public Builder relyingPartyId(String relyingPartyId) {
            return relyingPartyId(Output.of(relyingPartyId));
        }

        /**
         * @param requireResidentKey Either Yes or No
         * 
         * @return builder
         * 
         * @deprecated
         * Deprecated by Keycloak in favor of discoverable_credential. This attribute is only used when discoverableCredential is left as &#34;not specified&#34; and is planned to be removed in a future Keycloak version.
         * 
         */
        @Deprecated /* Deprecated by Keycloak in favor of discoverable_credential. This attribute is only used when discoverableCredential is left as ""not specified"" and is planned to be removed in a future Keycloak version. */
        public Builder requireResidentKey(@Nullable Output<String> requireResidentKey) {
            $.requireResidentKey = requireResidentKey;
            return this;
        }

        /**
         * @param requireResidentKey Either Yes or No
         * 
         * @return builder
         * 
         * @deprecated
         * Deprecated by Keycloak in favor of discoverable_credential. This attribute is only used when discoverableCredential is left as &#34;not specified&#34; and is planned to be removed in a future Keycloak version.
         * 
         */
        @Deprecated /* Deprecated by Keycloak in favor of discoverable_credential. This attribute is only used when discoverableCredential is left as ""not specified"" and is planned to be removed in a future Keycloak version. */
        public Builder requireResidentKey(String requireResidentKey) {
            return requireResidentKey(Output.of(requireResidentKey));
        }

        /**
         * @param signatureAlgorithms Keycloak lists ES256, ES384, ES512, RS256, RS384, RS512, RS1 at the time of writing
         * 
         * @return builder
         * 
         */
        public Builder signatureAlgorithms(@Nullable Output<List<String>> signatureAlgorithms) {
            $.signatureAlgorithms = signatureAlgorithms;
            return this;
        }

        /**
         * @param signatureAlgorithms Keycloak lists ES256, ES384, ES512, RS256, RS384, RS512, RS1 at the time of writing
         * 
         * @return builder
         * 
         */
        public Builder signatureAlgorithms(List<String> signatureAlgorithms) {
            return signatureAlgorithms(Output.of(signatureAlgorithms));
        }

        /**
         * @param signatureAlgorithms Keycloak lists ES256, ES384, ES512, RS256, RS384, RS512, RS1 at the time of writing
         * 
         * @return builder
         * 
         */
        public Builder signatureAlgorithms(String... signatureAlgorithms) {
            return signatureAlgorithms(List.of(signatureAlgorithms));
        }

        /**
         * @param userVerificationRequirement Either required, preferred or discouraged
         * 
         * @return builder
         * 
         */
        public Builder userVerificationRequirement(@Nullable Output<String> userVerificationRequirement) {
            $.userVerificationRequirement = userVerificationRequirement;
            return this;
        }

        /**
         * @param userVerificationRequirement Either required, preferred or discouraged
         * 
         * @return builder
         * 
         */
        public Builder userVerificationRequirement(String userVerificationRequirement) {
            return userVerificationRequirement(Output.of(userVerificationRequirement));
        }

        public RealmWebAuthnPasswordlessPolicyArgs build() {
            return $;
        }
    }

}
