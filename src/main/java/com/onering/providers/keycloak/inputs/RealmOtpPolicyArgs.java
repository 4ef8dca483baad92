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


public final class RealmOtpPolicyArgs extends com.pulumi.resources.ResourceArgs {

    public static final RealmOtpPolicyArgs Empty = new RealmOtpPolicyArgs();

    /**
     * What hashing algorithm should be used to generate the OTP, Valid options are `HmacSHA1`,`HmacSHA256` and `HmacSHA512`. Defaults to `HmacSHA1`.
     * 
     */
    @Import(name="algorithm")
    private @Nullable Output<String> algorithm;

    /**
     * @return What hashing algorithm should be used to generate the OTP, Valid options are `HmacSHA1`,`HmacSHA256` and `HmacSHA512`. Defaults to `HmacSHA1`.
     * 
     */
    public Optional<Output<String>> algorithm() {
        return Optional.ofNullable(this.algorithm);
    }

    /**
     * Possibility to use the same OTP code again after successful authentication. Defaults to `false`.
     * 
     */
    @Import(name="codeReusable")
    private @Nullable Output<Boolean> codeReusable;

    /**
     * @return Possibility to use the same OTP code again after successful authentication. Defaults to `false`.
     * 
     */
    public Optional<Output<Boolean>> codeReusable() {
        return Optional.ofNullable(this.codeReusable);
    }

    /**
     * How many digits the OTP have. Defaults to `6`.
     * 
     */
    @Import(name="digits")
    private @Nullable Output<Integer> digits;

    /**
     * @return How many digits the OTP have. Defaults to `6`.
     * 
     */
    public Optional<Output<Integer>> digits() {
        return Optional.ofNullable(this.digits);
    }

    /**
     * What should the initial counter value be. Defaults to `2`.
     * 
     */
    @Import(name="initialCounter")
    private @Nullable Output<Integer> initialCounter;

    /**
     * @return What should the initial counter value be. Defaults to `2`.
     * 
     */
    public Optional<Output<Integer>> initialCounter() {
        return Optional.ofNullable(this.initialCounter);
    }

    /**
     * How far ahead should the server look just in case the token generator and server are out of time sync or counter sync. Defaults to `1`.
     * 
     */
    @Import(name="lookAheadWindow")
    private @Nullable Output<Integer> lookAheadWindow;

    /**
     * @return How far ahead should the server look just in case the token generator and server are out of time sync or counter sync. Defaults to `1`.
     * 
     */
    public Optional<Output<Integer>> lookAheadWindow() {
        return Optional.ofNullable(this.lookAheadWindow);
    }

    /**
     * How many seconds should an OTP token be valid. Defaults to `30`.
     * 
     */
    @Import(name="period")
    private @Nullable Output<Integer> period;

    /**
     * @return How many seconds should an OTP token be valid. Defaults to `30`.
     * 
     */
    public Optional<Output<Integer>> period() {
        return Optional.ofNullable(this.period);
    }

    /**
     * One Time Password Type, supported Values are `totp` for Time-Based One Time Password and `hotp` for Counter Based. Defaults to `totp`.
     * 
     */
    @Import(name="type")
    private @Nullable Output<String> type;

    /**
     * @return One Time Password Type, supported Values are `totp` for Time-Based One Time Password and `hotp` for Counter Based. Defaults to `totp`.
     * 
     */
    public Optional<Output<String>> type() {
        return Optional.ofNullable(this.type);
    }

    private RealmOtpPolicyArgs() {}

    private RealmOtpPolicyArgs(RealmOtpPolicyArgs $) {
        this.algorithm = $.algorithm;
        this.codeReusable = $.codeReusable;
        this.digits = $.digits;
        this.initialCounter = $.initialCounter;
        this.lookAheadWindow = $.lookAheadWindow;
        this.period = $.period;
        this.type = $.type;
    }

    public static Builder builder() {
        return new Builder();
    }
    public static Builder builder(RealmOtpPolicyArgs defaults) {
        return new Builder(defaults);
    }

    public static final class Builder {
        private RealmOtpPolicyArgs $;

        public Builder() {
            $ = new RealmOtpPolicyArgs();
        }

        public Builder(RealmOtpPolicyArgs defaults) {
            $ = new RealmOtpPolicyArgs(Objects.requireNonNull(defaults));
        }

        /**
         * @param algorithm What hashing algorithm should be used to generate the OTP, Valid options are `HmacSHA1`,`HmacSHA256` and `HmacSHA512`. Defaults to `HmacSHA1`.
         * 
         * @return builder
         * 
         */
        public Builder algorithm(@Nullable Output<String> algorithm) {
            $.algorithm = algorithm;
            return this;
        }

        /**
         * @param algorithm What hashing algorithm should be used to generate the OTP, Valid options are `HmacSHA1`,`HmacSHA256` and `HmacSHA512`. Defaults to `HmacSHA1`.
         * 
         * @return builder
         * 
         */
        public Builder algorithm(String algorithm) {
            return algorithm(Output.of(algorithm));
        }

        /**
         * @param codeReusable Possibility to use the same OTP code again after successful authentication. Defaults to `false`.
         * 
         * @return builder
         * 
         */
        public Builder codeReusable(@Nullable Output<Boolean> codeReusable) {
            $.codeReusable = codeReusable;
            return this;
        }

        /**
         * @param codeReusable Possibility to use the same OTP code again after successful authentication. Defaults to `false`.
         * 
         * @return builder
         * 
         */
        public Builder codeReusable(Boolean codeReusable) {
            return codeReusable(Output.of(codeReusable));
        }

        /**
         * @param digits How many digits the OTP have. Defaults to `6`.
         * 
         * @return builder
         * 
         */
        public Builder digits(@Nullable Output<Integer> digits) {
            $.digits = digits;
            return this;
        }

        /**
         * @param digits How many digits the OTP have. Defaults to `6`.
         * 
         * @return builder
         * 
         */
        public Builder digits(Integer digits) {
            return digits(Output.of(digits));
        }

        /**
         * @param initialCounter What should the initial counter value be. Defaults to `2`.
         * 
         * @return builder
         * 
         */
        public Builder initialCounter(@Nullable Output<Integer> initialCounter) {
            $.initialCounter = initialCounter;
            return this;
        }

        /**
         * @param initialCounter What should the initial counter value be. Defaults to `2`.
         * 
         * @return builder
         * 
         */
        public Builder initialCounter(Integer initialCounter) {
            return initialCounter(Output.of(initialCounter));
        }

        /**
         * @param lookAheadWindow How far ahead should the server look just in case the token generator and server are out of time sync or counter sync. Defaults to `1`.
         * 
         * @return builder
         * 
         */
        public Builder lookAheadWindow(@Nullable Output<Integer> lookAheadWindow) {
            $.lookAheadWindow = lookAheadWindow;
            return this;
        }

        /**
         * @param lookAheadWindow How far ahead should the server look just in case the token generator and server are out of time sync or counter sync. Defaults to `1`.
         * 
         * @return builder
         * 
         */
        public Builder lookAheadWindow(Integer lookAheadWindow) {
            return lookAheadWindow(Output.of(lookAheadWindow));
        }

        /**
         * @param period How many seconds should an OTP token be valid. Defaults to `30`.
         * 
         * @return builder
         * 
         */
        public Builder period(@Nullable Output<Integer> period) {
            $.period = period;
            return this;
        }

        /**
         * @param period How many seconds should an OTP token be valid. Defaults to `30`.
         * 
         * @return builder
         * 
         */
        public Builder period(Integer period) {
            return period(Output.of(period));
        }

        /**
         * @param type One Time Password Type, supported Values are `totp` for Time-Based One Time Password and `hotp` for Counter Based. Defaults to `totp`.
         * 
         * @return builder
         * 
         */
        public Builder type(@Nullable Output<String> type) {
            $.type = type;
            return this;
        }

        /**
         * @param type One Time Password Type, supported Values are `totp` for Time-Based One Time Password and `hotp` for Counter Based. Defaults to `totp`.
         * 
         * @return builder
         * 
         */
        public Builder type(String type) {
            return type(Output.of(type));
        }

        public RealmOtpPolicyArgs build() {
            return $;
        }
    }

}
