// Typed Pulumi binding in the layout of pulumi-java-gen output; the official provider
// schema is the source of truth (see the com.onering.providers package documentation).

package com.onering.providers.keycloak.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import java.lang.Boolean;
import java.lang.Integer;
import java.lang.String;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;


public final class RealmSecurityDefensesBruteForceDetectionArgs extends com.pulumi.resources.ResourceArgs {

    public static final RealmSecurityDefensesBruteForceDetectionArgs Empty = new RealmSecurityDefensesBruteForceDetectionArgs();

    @Import(name="bruteForceStrategy")
    private @Nullable Output<String> bruteForceStrategy;

    public Optional<Output<String>> bruteForceStrategy() {
        return Optional.ofNullable(this.bruteForceStrategy);
    }

    /**
     * When will failure count be reset?
     * 
     */
    @Import(name="failureResetTimeSeconds")
    private @Nullable Output<Integer> failureResetTimeSeconds;

    /**
     * @return When will failure count be reset?
     * 
     */
    public Optional<Output<Integer>> failureResetTimeSeconds() {
        return Optional.ofNullable(this.failureResetTimeSeconds);
    }

    @Import(name="maxFailureWaitSeconds")
    private @Nullable Output<Integer> maxFailureWaitSeconds;

    public Optional<Output<Integer>> maxFailureWaitSeconds() {
        return Optional.ofNullable(this.maxFailureWaitSeconds);
    }

    /**
     * How many failures before wait is triggered.
     * 
     */
    @Import(name="maxLoginFailures")
    private @Nullable Output<Integer> maxLoginFailures;

    /**
     * @return How many failures before wait is triggered.
     * 
     */
    public Optional<Output<Integer>> maxLoginFailures() {
        return Optional.ofNullable(this.maxLoginFailures);
    }

    /**
     * How many temporary lockouts are permitted before a user is permanently locked out. `permanentLockout` needs to be `true`. Defaults to `0`
     * 
     */
    @Import(name="maxTemporaryLockouts")
    private @Nullable Output<Integer> maxTemporaryLockouts;

    /**
     * @return How many temporary lockouts are permitted before a user is permanently locked out. `permanentLockout` needs to be `true`. Defaults to `0`
     * 
     */
    public Optional<Output<Integer>> maxTemporaryLockouts() {
        return Optional.ofNullable(this.maxTemporaryLockouts);
    }

    /**
     * How long to wait after a quick login failure.
     * - `maxFailureWaitSeconds ` - (Optional) Max. time a user will be locked out.
     * 
     */
    @Import(name="minimumQuickLoginWaitSeconds")
    private @Nullable Output<Integer> minimumQuickLoginWaitSeconds;

    /**
     * @return How long to wait after a quick login failure.
     * - `maxFailureWaitSeconds ` - (Optional) Max. time a user will be locked out.
     * 
     */
    public Optional<Output<Integer>> minimumQuickLoginWaitSeconds() {
        return Optional.ofNullable(this.minimumQuickLoginWaitSeconds);
    }

    /**
     * When `true`, this will lock the user permanently when the user exceeds the maximum login failures.
     * 
     */
    @Import(name="permanentLockout")
    private @Nullable Output<Boolean> permanentLockout;

    /**
     * @return When `true`, this will lock the user permanently when the user exceeds the maximum login failures.
     * 
     */
    public Optional<Output<Boolean>> permanentLockout() {
        return Optional.ofNullable(this.permanentLockout);
    }

    /**
     * Configures the amount of time, in milliseconds, for consecutive failures to lock a user out.
     * 
     */
    @Import(name="quickLoginCheckMilliSeconds")
    private @Nullable Output<Integer> quickLoginCheckMilliSeconds;

    /**
     * @return Configures the amount of time, in milliseconds, for consecutive failures to lock a user out.
     * 
     */
    public Optional<Output<Integer>> quickLoginCheckMilliSeconds() {
        return Optional.ofNullable(this.quickLoginCheckMilliSeconds);
    }

    /**
     * This represents the amount of time a user should be locked out when the login failure threshold has been met.
     * 
     */
    @Import(name="waitIncrementSeconds")
    private @Nullable Output<Integer> waitIncrementSeconds;

    /**
     * @return This represents the amount of time a user should be locked out when the login failure threshold has been met.
     * 
     */
    public Optional<Output<Integer>> waitIncrementSeconds() {
        return Optional.ofNullable(this.waitIncrementSeconds);
    }

    private RealmSecurityDefensesBruteForceDetectionArgs() {}

    private RealmSecurityDefensesBruteForceDetectionArgs(RealmSecurityDefensesBruteForceDetectionArgs $) {
        this.bruteForceStrategy = $.bruteForceStrategy;
        this.failureResetTimeSeconds = $.failureResetTimeSeconds;
        this.maxFailureWaitSeconds = $.maxFailureWaitSeconds;
        this.maxLoginFailures = $.maxLoginFailures;
        this.maxTemporaryLockouts = $.maxTemporaryLockouts;
        this.minimumQuickLoginWaitSeconds = $.minimumQuickLoginWaitSeconds;
        this.permanentLockout = $.permanentLockout;
        this.quickLoginCheckMilliSeconds = $.quickLoginCheckMilliSeconds;
        this.waitIncrementSeconds = $.waitIncrementSeconds;
    }

    public static Builder builder() {
        return new Builder();
    }
    public static Builder builder(RealmSecurityDefensesBruteForceDetectionArgs defaults) {
        return new Builder(defaults);
    }

    public static final class Builder {
        private RealmSecurityDefensesBruteForceDetectionArgs $;

        public Builder() {
            $ = new RealmSecurityDefensesBruteForceDetectionArgs();
        }

        public Builder(RealmSecurityDefensesBruteForceDetectionArgs defaults) {
            $ = new RealmSecurityDefensesBruteForceDetectionArgs(Objects.requireNonNull(defaults));
        }

        public Builder bruteForceStrategy(@Nullable Output<String> bruteForceStrategy) {
            $.bruteForceStrategy = bruteForceStrategy;
            return this;
        }

        public Builder bruteForceStrategy(String bruteForceStrategy) {
            return bruteForceStrategy(Output.of(bruteForceStrategy));
        }

        /**
         * @param failureResetTimeSeconds When will failure count be reset?
         * 
         * @return builder
         * 
         */
        public Builder failureResetTimeSeconds(@Nullable Output<Integer> failureResetTimeSeconds) {
            $.failureResetTimeSeconds = failureResetTimeSeconds;
            return this;
        }

        /**
         * @param failureResetTimeSeconds When will failure count be reset?
         * 
         * @return builder
         * 
         */
        public Builder failureResetTimeSeconds(Integer failureResetTimeSeconds) {
            return failureResetTimeSeconds(Output.of(failureResetTimeSeconds));
        }

        public Builder maxFailureWaitSeconds(@Nullable Output<Integer> maxFailureWaitSeconds) {
            $.maxFailureWaitSeconds = maxFailureWaitSeconds;
            return this;
        }

        public Builder maxFailureWaitSeconds(Integer maxFailureWaitSeconds) {
            return maxFailureWaitSeconds(Output.of(maxFailureWaitSeconds));
        }

        /**
         * @param maxLoginFailures How many failures before wait is triggered.
         * 
         * @return builder
         * 
         */
        public Builder maxLoginFailures(@Nullable Output<Integer> maxLoginFailures) {
            $.maxLoginFailures = maxLoginFailures;
            return this;
        }

        /**
         * @param maxLoginFailures How many failures before wait is triggered.
         * 
         * @return builder
         * 
         */
        public Builder maxLoginFailures(Integer maxLoginFailures) {
            return maxLoginFailures(Output.of(maxLoginFailures));
        }

        /**
         * @param maxTemporaryLockouts How many temporary lockouts are permitted before a user is permanently locked out. `permanentLockout` needs to be `true`. Defaults to `0`
         * 
         * @return builder
         * 
         */
        public Builder maxTemporaryLockouts(@Nullable Output<Integer> maxTemporaryLockouts) {
            $.maxTemporaryLockouts = maxTemporaryLockouts;
            return this;
        }

        /**
         * @param maxTemporaryLockouts How many temporary lockouts are permitted before a user is permanently locked out. `permanentLockout` needs to be `true`. Defaults to `0`
         * 
         * @return builder
         * 
         */
        public Builder maxTemporaryLockouts(Integer maxTemporaryLockouts) {
            return maxTemporaryLockouts(Output.of(maxTemporaryLockouts));
        }

        /**
         * @param minimumQuickLoginWaitSeconds How long to wait after a quick login failure.
         * - `maxFailureWaitSeconds ` - (Optional) Max. time a user will be locked out.
         * 
         * @return builder
         * 
         */
        public Builder minimumQuickLoginWaitSeconds(@Nullable Output<Integer> minimumQuickLoginWaitSeconds) {
            $.minimumQuickLoginWaitSeconds = minimumQuickLoginWaitSeconds;
            return this;
        }

        /**
         * @param minimumQuickLoginWaitSeconds How long to wait after a quick login failure.
         * - `maxFailureWaitSeconds ` - (Optional) Max. time a user will be locked out.
         * 
         * @return builder
         * 
         */
        public Builder minimumQuickLoginWaitSeconds(Integer minimumQuickLoginWaitSeconds) {
            return minimumQuickLoginWaitSeconds(Output.of(minimumQuickLoginWaitSeconds));
        }

        /**
         * @param permanentLockout When `true`, this will lock the user permanently when the user exceeds the maximum login failures.
         * 
         * @return builder
         * 
         */
        public Builder permanentLockout(@Nullable Output<Boolean> permanentLockout) {
            $.permanentLockout = permanentLockout;
            return this;
        }

        /**
         * @param permanentLockout When `true`, this will lock the user permanently when the user exceeds the maximum login failures.
         * 
         * @return builder
         * 
         */
        public Builder permanentLockout(Boolean permanentLockout) {
            return permanentLockout(Output.of(permanentLockout));
        }

        /**
         * @param quickLoginCheckMilliSeconds Configures the amount of time, in milliseconds, for consecutive failures to lock a user out.
         * 
         * @return builder
         * 
         */
        public Builder quickLoginCheckMilliSeconds(@Nullable Output<Integer> quickLoginCheckMilliSeconds) {
            $.quickLoginCheckMilliSeconds = quickLoginCheckMilliSeconds;
            return this;
        }

        /**
         * @param quickLoginCheckMilliSeconds Configures the amount of time, in milliseconds, for consecutive failures to lock a user out.
         * 
         * @return builder
         * 
         */
        public Builder quickLoginCheckMilliSeconds(Integer quickLoginCheckMilliSeconds) {
            return quickLoginCheckMilliSeconds(Output.of(quickLoginCheckMilliSeconds));
        }

        /**
         * @param waitIncrementSeconds This represents the amount of time a user should be locked out when the login failure threshold has been met.
         * 
         * @return builder
         * 
         */
        public Builder waitIncrementSeconds(@Nullable Output<Integer> waitIncrementSeconds) {
            $.waitIncrementSeconds = waitIncrementSeconds;
            return this;
        }

        /**
         * @param waitIncrementSeconds This represents the amount of time a user should be locked out when the login failure threshold has been met.
         * 
         * @return builder
         * 
         */
        public Builder waitIncrementSeconds(Integer waitIncrementSeconds) {
            return waitIncrementSeconds(Output.of(waitIncrementSeconds));
        }

        public RealmSecurityDefensesBruteForceDetectionArgs build() {
            return $;
        }
    }

}
