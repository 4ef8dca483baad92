// Typed Pulumi binding in the layout of pulumi-java-gen output; the official provider
// schema is the source of truth (see the com.onering.providers package documentation).

package com.onering.providers.random;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import java.lang.Boolean;
import java.lang.Integer;
import java.lang.String;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;


public final class RandomPasswordArgs extends com.pulumi.resources.ResourceArgs {

    public static final RandomPasswordArgs Empty = new RandomPasswordArgs();

    /**
     * Arbitrary map of values that, when changed, will trigger recreation of resource. See the main provider documentation for more information.
     * 
     */
    @Import(name="keepers")
    private @Nullable Output<Map<String,String>> keepers;

    /**
     * @return Arbitrary map of values that, when changed, will trigger recreation of resource. See the main provider documentation for more information.
     * 
     */
    public Optional<Output<Map<String,String>>> keepers() {
        return Optional.ofNullable(this.keepers);
    }

    /**
     * The length of the string desired. The minimum value for length is 1 and, length must also be &gt;= (`minUpper` + `minLower` + `minNumeric` + `minSpecial`).
     * 
     */
    @Import(name="length", required=true)
    private Output<Integer> length;

    /**
     * @return The length of the string desired. The minimum value for length is 1 and, length must also be &gt;= (`minUpper` + `minLower` + `minNumeric` + `minSpecial`).
     * 
     */
    public Output<Integer> length() {
        return this.length;
    }

    /**
     * Include lowercase alphabet characters in the result. Default value is `true`.
     * 
     */
    @Import(name="lower")
    private @Nullable Output<Boolean> lower;

    /**
     * @return Include lowercase alphabet characters in the result. Default value is `true`.
     * 
     */
    public Optional<Output<Boolean>> lower() {
        return Optional.ofNullable(this.lower);
    }

    /**
     * Minimum number of lowercase alphabet characters in the result. Default value is `0`.
     * 
     */
    @Import(name="minLower")
    private @Nullable Output<Integer> minLower;

    /**
     * @return Minimum number of lowercase alphabet characters in the result. Default value is `0`.
     * 
     */
    public Optional<Output<Integer>> minLower() {
        return Optional.ofNullable(this.minLower);
    }

    /**
     * Minimum number of numeric characters in the result. Default value is `0`.
     * 
     */
    @Import(name="minNumeric")
    private @Nullable Output<Integer> minNumeric;

    /**
     * @return Minimum number of numeric characters in the result. Default value is `0`.
     * 
     */
    public Optional<Output<Integer>> minNumeric() {
        return Optional.ofNullable(this.minNumeric);
    }

    /**
     * Minimum number of special characters in the result. Default value is `0`.
     * 
     */
    @Import(name="minSpecial")
    private @Nullable Output<Integer> minSpecial;

    /**
     * @return Minimum number of special characters in the result. Default value is `0`.
     * 
     */
    public Optional<Output<Integer>> minSpecial() {
        return Optional.ofNullable(this.minSpecial);
    }

    /**
     * Minimum number of uppercase alphabet characters in the result. Default value is `0`.
     * 
     */
    @Import(name="minUpper")
    private @Nullable Output<Integer> minUpper;

    /**
     * @return Minimum number of uppercase alphabet characters in the result. Default value is `0`.
     * 
     */
    public Optional<Output<Integer>> minUpper() {
        return Optional.ofNullable(this.minUpper);
    }

    /**
     * Include numeric characters in the result. Default value is `true`. If `number`, `upper`, `lower`, and `special` are all configured, at least one of them must be set to `true`. **NOTE**: This is deprecated, use `numeric` instead.
     * 
     * @deprecated
     * **NOTE**: This is deprecated, use `numeric` instead.
     * 
     */
    @Deprecated /* **NOTE**: This is deprecated, use `numeric` instead. */
    @Import(name="number")
    private @Nullable Output<Boolean> number;

    /**
     * @return Include numeric characters in the result. Default value is `true`. If `number`, `upper`, `lower`, and `special` are all configured, at least one of them must be set to `true`. **NOTE**: This is deprecated, use `numeric` instead.
     * 
     * @deprecated
     * **NOTE**: This is deprecated, use `numeric` instead.
     * 
     */
    @Deprecated /* **NOTE**: This is deprecated, use `numeric` instead. */
    public Optional<Output<Boolean>> number() {
        return Optional.ofNullable(this.number);
    }

    /**
     * Include numeric characters in the result. Default value is `true`. If `numeric`, `upper`, `lower`, and `special` are all configured, at least one of them must be set to `true`.
     * 
     */
    @Import(name="numeric")
    private @Nullable Output<Boolean> numeric;

    /**
     * @return Include numeric characters in the result. Default value is `true`. If `numeric`, `upper`, `lower`, and `special` are all configured, at least one of them must be set to `true`.
     * 
     */
    public Optional<Output<Boolean>> numeric() {
        return Optional.ofNullable(this.numeric);
    }

    /**
     * Supply your own list of special characters to use for string generation.  This overrides the default character list in the special argument.  The `special` argument must still be set to true for any overwritten characters to be used in generation.
     * 
     */
    @Import(name="overrideSpecial")
    private @Nullable Output<String> overrideSpecial;

    /**
     * @return Supply your own list of special characters to use for string generation.  This overrides the default character list in the special argument.  The `special` argument must still be set to true for any overwritten characters to be used in generation.
     * 
     */
    public Optional<Output<String>> overrideSpecial() {
        return Optional.ofNullable(this.overrideSpecial);
    }

    /**
     * Include special characters in the result. These are `!&#64;#$%&amp;*()-_=+[]{}&lt;&gt;:?`. Default value is `true`.
     * 
     */
    @Import(name="special")
    private @Nullable Output<Boolean> special;

    /**
     * @return Include special characters in the result. These are `!&#64;#$%&amp;*()-_=+[]{}&lt;&gt;:?`. Default value is `true`.
     * 
     */
    public Optional<Output<Boolean>> special() {
        return Optional.ofNullable(this.special);
    }

    /**
     * Include uppercase alphabet characters in the result. Default value is `true`.
     * 
     */
    @Import(name="upper")
    private @Nullable Output<Boolean> upper;

    /**
     * @return Include uppercase alphabet characters in the result. Default value is `true`.
     * 
     */
    public Optional<Output<Boolean>> upper() {
        return Optional.ofNullable(this.upper);
    }

    private RandomPasswordArgs() {}

    private RandomPasswordArgs(RandomPasswordArgs $) {
        this.keepers = $.keepers;
        this.length = $.length;
        this.lower = $.lower;
        this.minLower = $.minLower;
        this.minNumeric = $.minNumeric;
        this.minSpecial = $.minSpecial;
        this.minUpper = $.minUpper;
        this.number = $.number;
        this.numeric = $.numeric;
        this.overrideSpecial = $.overrideSpecial;
        this.special = $.special;
        this.upper = $.upper;
    }

    public static Builder builder() {
        return new Builder();
    }
    public static Builder builder(RandomPasswordArgs defaults) {
        return new Builder(defaults);
    }

    public static final class Builder {
        private RandomPasswordArgs $;

        public Builder() {
            $ = new RandomPasswordArgs();
        }

        public Builder(RandomPasswordArgs defaults) {
            $ = new RandomPasswordArgs(Objects.requireNonNull(defaults));
        }

        /**
         * @param keepers Arbitrary map of values that, when changed, will trigger recreation of resource. See the main provider documentation for more information.
         * 
         * @return builder
         * 
         */
        public Builder keepers(@Nullable Output<Map<String,String>> keepers) {
            $.keepers = keepers;
            return this;
        }

        /**
         * @param keepers Arbitrary map of values that, when changed, will trigger recreation of resource. See the main provider documentation for more information.
         * 
         * @return builder
         * 
         */
        public Builder keepers(Map<String,String> keepers) {
            return keepers(Output.of(keepers));
        }

        /**
         * @param length The length of the string desired. The minimum value for length is 1 and, length must also be &gt;= (`minUpper` + `minLower` + `minNumeric` + `minSpecial`).
         * 
         * @return builder
         * 
         */
        public Builder length(Output<Integer> length) {
            $.length = length;
            return this;
        }

        /**
         * @param length The length of the string desired. The minimum value for length is 1 and, length must also be &gt;= (`minUpper` + `minLower` + `minNumeric` + `minSpecial`).
         * 
         * @return builder
         * 
         */
        public Builder length(Integer length) {
            return length(Output.of(length));
        }

        /**
         * @param lower Include lowercase alphabet characters in the result. Default value is `true`.
         * 
         * @return builder
         * 
         */
        public Builder lower(@Nullable Output<Boolean> lower) {
            $.lower = lower;
            return this;
        }

        /**
         * @param lower Include lowercase alphabet characters in the result. Default value is `true`.
         * 
         * @return builder
         * 
         */
        public Builder lower(Boolean lower) {
            return lower(Output.of(lower));
        }

        /**
         * @param minLower Minimum number of lowercase alphabet characters in the result. Default value is `0`.
         * 
         * @return builder
         * 
         */
        public Builder minLower(@Nullable Output<Integer> minLower) {
            $.minLower = minLower;
            return this;
        }

        /**
         * @param minLower Minimum number of lowercase alphabet characters in the result. Default value is `0`.
         * 
         * @return builder
         * 
         */
        public Builder minLower(Integer minLower) {
            return minLower(Output.of(minLower));
        }

        /**
         * @param minNumeric Minimum number of numeric characters in the result. Default value is `0`.
         * 
         * @return builder
         * 
         */
        public Builder minNumeric(@Nullable Output<Integer> minNumeric) {
            $.minNumeric = minNumeric;
            return this;
        }

        /**
         * @param minNumeric Minimum number of numeric characters in the result. Default value is `0`.
         * 
         * @return builder
         * 
         */
        public Builder minNumeric(Integer minNumeric) {
            return minNumeric(Output.of(minNumeric));
        }

        /**
         * @param minSpecial Minimum number of special characters in the result. Default value is `0`.
         * 
         * @return builder
         * 
         */
        public Builder minSpecial(@Nullable Output<Integer> minSpecial) {
            $.minSpecial = minSpecial;
            return this;
        }

        /**
         * @param minSpecial Minimum number of special characters in the result. Default value is `0`.
         * 
         * @return builder
         * 
         */
        public Builder minSpecial(Integer minSpecial) {
            return minSpecial(Output.of(minSpecial));
        }

        /**
         * @param minUpper Minimum number of uppercase alphabet characters in the result. Default value is `0`.
         * 
         * @return builder
         * 
         */
        public Builder minUpper(@Nullable Output<Integer> minUpper) {
            $.minUpper = minUpper;
            return this;
        }

        /**
         * @param minUpper Minimum number of uppercase alphabet characters in the result. Default value is `0`.
         * 
         * @return builder
         * 
         */
        public Builder minUpper(Integer minUpper) {
            return minUpper(Output.of(minUpper));
        }

        /**
         * @param number Include numeric characters in the result. Default value is `true`. If `number`, `upper`, `lower`, and `special` are all configured, at least one of them must be set to `true`. **NOTE**: This is deprecated, use `numeric` instead.
         * 
         * @return builder
         * 
         * @deprecated
         * **NOTE**: This is deprecated, use `numeric` instead.
         * 
         */
        @Deprecated /* **NOTE**: This is deprecated, use `numeric` instead. */
        public Builder number(@Nullable Output<Boolean> number) {
            $.number = number;
            return this;
        }

        /**
         * @param number Include numeric characters in the result. Default value is `true`. If `number`, `upper`, `lower`, and `special` are all configured, at least one of them must be set to `true`. **NOTE**: This is deprecated, use `numeric` instead.
         * 
         * @return builder
         * 
         * @deprecated
         * **NOTE**: This is deprecated, use `numeric` instead.
         * 
         */
        @Deprecated /* **NOTE**: This is deprecated, use `numeric` instead. */
        public Builder number(Boolean number) {
            return number(Output.of(number));
        }

        /**
         * @param numeric Include numeric characters in the result. Default value is `true`. If `numeric`, `upper`, `lower`, and `special` are all configured, at least one of them must be set to `true`.
         * 
         * @return builder
         * 
         */
        public Builder numeric(@Nullable Output<Boolean> numeric) {
            $.numeric = numeric;
            return this;
        }

        /**
         * @param numeric Include numeric characters in the result. Default value is `true`. If `numeric`, `upper`, `lower`, and `special` are all configured, at least one of them must be set to `true`.
         * 
         * @return builder
         * 
         */
        public Builder numeric(Boolean numeric) {
            return numeric(Output.of(numeric));
        }

        /**
         * @param overrideSpecial Supply your own list of special characters to use for string generation.  This overrides the default character list in the special argument.  The `special` argument must still be set to true for any overwritten characters to be used in generation.
         * 
         * @return builder
         * 
         */
        public Builder overrideSpecial(@Nullable Output<String> overrideSpecial) {
            $.overrideSpecial = overrideSpecial;
            return this;
        }

        /**
         * @param overrideSpecial Supply your own list of special characters to use for string generation.  This overrides the default character list in the special argument.  The `special` argument must still be set to true for any overwritten characters to be used in generation.
         * 
         * @return builder
         * 
         */
        public Builder overrideSpecial(String overrideSpecial) {
            return overrideSpecial(Output.of(overrideSpecial));
        }

        /**
         * @param special Include special characters in the result. These are `!&#64;#$%&amp;*()-_=+[]{}&lt;&gt;:?`. Default value is `true`.
         * 
         * @return builder
         * 
         */
        public Builder special(@Nullable Output<Boolean> special) {
            $.special = special;
            return this;
        }

        /**
         * @param special Include special characters in the result. These are `!&#64;#$%&amp;*()-_=+[]{}&lt;&gt;:?`. Default value is `true`.
         * 
         * @return builder
         * 
         */
        public Builder special(Boolean special) {
            return special(Output.of(special));
        }

        /**
         * @param upper Include uppercase alphabet characters in the result. Default value is `true`.
         * 
         * @return builder
         * 
         */
        public Builder upper(@Nullable Output<Boolean> upper) {
            $.upper = upper;
            return this;
        }

        /**
         * @param upper Include uppercase alphabet characters in the result. Default value is `true`.
         * 
         * @return builder
         * 
         */
        public Builder upper(Boolean upper) {
            return upper(Output.of(upper));
        }

        public RandomPasswordArgs build() {
            if ($.length == null) {
                throw new MissingRequiredPropertyException("RandomPasswordArgs", "length");
            }
            return $;
        }
    }

}
