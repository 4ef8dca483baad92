// Typed Pulumi binding in the layout of pulumi-java-gen output; the official provider
// schema is the source of truth (see the com.onering.providers package documentation).

package com.onering.providers.keycloak.outputs;

import com.pulumi.core.annotations.CustomType;
import java.lang.Boolean;
import java.lang.Integer;
import java.lang.String;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;

@CustomType
public final class RealmSecurityDefensesBruteForceDetection {
    private @Nullable String bruteForceStrategy;
    /**
     * @return When will failure count be reset?
     * 
     */
    private @Nullable Integer failureResetTimeSeconds;
    private @Nullable Integer maxFailureWaitSeconds;
    /**
     * @return How many failures before wait is triggered.
     * 
     */
    private @Nullable Integer maxLoginFailures;
    /**
     * @return How many temporary lockouts are permitted before a user is permanently locked out. `permanentLockout` needs to be `true`. Defaults to `0`
     * 
     */
    private @Nullable Integer maxTemporaryLockouts;
    /**
     * @return How long to wait after a quick login failure.
     * - `maxFailureWaitSeconds ` - (Optional) Max. time a user will be locked out.
     * 
     */
    private @Nullable Integer minimumQuickLoginWaitSeconds;
    /**
     * @return When `true`, this will lock the user permanently when the user exceeds the maximum login failures.
     * 
     */
    private @Nullable Boolean permanentLockout;
    /**
     * @return Configures the amount of time, in milliseconds, for consecutive failures to lock a user out.
     * 
     */
    private @Nullable Integer quickLoginCheckMilliSeconds;
    /**
     * @return This represents the amount of time a user should be locked out when the login failure threshold has been met.
     * 
     */
    private @Nullable Integer waitIncrementSeconds;

    private RealmSecurityDefensesBruteForceDetection() {}
    public Optional<String> bruteForceStrategy() {
        return Optional.ofNullable(this.bruteForceStrategy);
    }
    /**
     * @return When will failure count be reset?
     * 
     */
    public Optional<Integer> failureResetTimeSeconds() {
        return Optional.ofNullable(this.failureResetTimeSeconds);
    }
    public Optional<Integer> maxFailureWaitSeconds() {
        return Optional.ofNullable(this.maxFailureWaitSeconds);
    }
    /**
     * @return How many failures before wait is triggered.
     * 
     */
    public Optional<Integer> maxLoginFailures() {
        return Optional.ofNullable(this.maxLoginFailures);
    }
    /**
     * @return How many temporary lockouts are permitted before a user is permanently locked out. `permanentLockout` needs to be `true`. Defaults to `0`
     * 
     */
    public Optional<Integer> maxTemporaryLockouts() {
        return Optional.ofNullable(this.maxTemporaryLockouts);
    }
    /**
     * @return How long to wait after a quick login failure.
     * - `maxFailureWaitSeconds ` - (Optional) Max. time a user will be locked out.
     * 
     */
    public Optional<Integer> minimumQuickLoginWaitSeconds() {
        return Optional.ofNullable(this.minimumQuickLoginWaitSeconds);
    }
    /**
     * @return When `true`, this will lock the user permanently when the user exceeds the maximum login failures.
     * 
     */
    public Optional<Boolean> permanentLockout() {
        return Optional.ofNullable(this.permanentLockout);
    }
    /**
     * @return Configures the amount of time, in milliseconds, for consecutive failures to lock a user out.
     * 
     */
    public Optional<Integer> quickLoginCheckMilliSeconds() {
        return Optional.ofNullable(this.quickLoginCheckMilliSeconds);
    }
    /**
     * @return This represents the amount of time a user should be locked out when the login failure threshold has been met.
     * 
     */
    public Optional<Integer> waitIncrementSeconds() {
        return Optional.ofNullable(this.waitIncrementSeconds);
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Builder builder(RealmSecurityDefensesBruteForceDetection defaults) {
        return new Builder(defaults);
    }
    @CustomType.Builder
    public static final class Builder {
        private @Nullable String bruteForceStrategy;
        private @Nullable Integer failureResetTimeSeconds;
        private @Nullable Integer maxFailureWaitSeconds;
        private @Nullable Integer maxLoginFailures;
        private @Nullable Integer maxTemporaryLockouts;
        private @Nullable Integer minimumQuickLoginWaitSeconds;
        private @Nullable Boolean permanentLockout;
        private @Nullable Integer quickLoginCheckMilliSeconds;
        private @Nullable Integer waitIncrementSeconds;
        public Builder() {}
        public Builder(RealmSecurityDefensesBruteForceDetection defaults) {
            Objects.requireNonNull(defaults);
            this.bruteForceStrategy = defaults.bruteForceStrategy;
            this.failureResetTimeSeconds = defaults.failureResetTimeSeconds;
            this.maxFailureWaitSeconds = defaults.maxFailureWaitSeconds;
            this.maxLoginFailures = defaults.maxLoginFailures;
            this.maxTemporaryLockouts = defaults.maxTemporaryLockouts;
            this.minimumQuickLoginWaitSeconds = defaults.minimumQuickLoginWaitSeconds;
            this.permanentLockout = defaults.permanentLockout;
            this.quickLoginCheckMilliSeconds = defaults.quickLoginCheckMilliSeconds;
            this.waitIncrementSeconds = defaults.waitIncrementSeconds;
        }

        @CustomType.Setter
        public Builder bruteForceStrategy(@Nullable String bruteForceStrategy) {

            this.bruteForceStrategy = bruteForceStrategy;
            return this;
        }
        @CustomType.Setter
        public Builder failureResetTimeSeconds(@Nullable Integer failureResetTimeSeconds) {

            this.failureResetTimeSeconds = failureResetTimeSeconds;
            return this;
        }
        @CustomType.Setter
        public Builder maxFailureWaitSeconds(@Nullable Integer maxFailureWaitSeconds) {

            this.maxFailureWaitSeconds = maxFailureWaitSeconds;
            return this;
        }
        @CustomType.Setter
        public Builder maxLoginFailures(@Nullable Integer maxLoginFailures) {

            this.maxLoginFailures = maxLoginFailures;
            return this;
        }
        @CustomType.Setter
        public Builder maxTemporaryLockouts(@Nullable Integer maxTemporaryLockouts) {

            this.maxTemporaryLockouts = maxTemporaryLockouts;
            return this;
        }
        @CustomType.Setter
        public Builder minimumQuickLoginWaitSeconds(@Nullable Integer minimumQuickLoginWaitSeconds) {

            this.minimumQuickLoginWaitSeconds = minimumQuickLoginWaitSeconds;
            return this;
        }
        @CustomType.Setter
        public Builder permanentLockout(@Nullable Boolean permanentLockout) {

            this.permanentLockout = permanentLockout;
            return this;
        }
        @CustomType.Setter
        public Builder quickLoginCheckMilliSeconds(@Nullable Integer quickLoginCheckMilliSeconds) {

            this.quickLoginCheckMilliSeconds = quickLoginCheckMilliSeconds;
            return this;
        }
        @CustomType.Setter
        public Builder waitIncrementSeconds(@Nullable Integer waitIncrementSeconds) {

            this.waitIncrementSeconds = waitIncrementSeconds;
            return this;
        }
        public RealmSecurityDefensesBruteForceDetection build() {
            final var _resultValue = new RealmSecurityDefensesBruteForceDetection();
            _resultValue.bruteForceStrategy = bruteForceStrategy;
            _resultValue.failureResetTimeSeconds = failureResetTimeSeconds;
            _resultValue.maxFailureWaitSeconds = maxFailureWaitSeconds;
            _resultValue.maxLoginFailures = maxLoginFailures;
            _resultValue.maxTemporaryLockouts = maxTemporaryLockouts;
            _resultValue.minimumQuickLoginWaitSeconds = minimumQuickLoginWaitSeconds;
            _resultValue.permanentLockout = permanentLockout;
            _resultValue.quickLoginCheckMilliSeconds = quickLoginCheckMilliSeconds;
            _resultValue.waitIncrementSeconds = waitIncrementSeconds;
            return _resultValue;
        }
    }
}
