// Typed Pulumi binding in the layout of pulumi-java-gen output; the official provider
// schema is the source of truth (see the com.onering.providers package documentation).

package com.onering.providers.keycloak.outputs;

import com.pulumi.core.annotations.CustomType;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;

@CustomType
public final class RealmSecurityDefenses {
    private @Nullable RealmSecurityDefensesBruteForceDetection bruteForceDetection;
    private @Nullable RealmSecurityDefensesHeaders headers;

    private RealmSecurityDefenses() {}
    public Optional<RealmSecurityDefensesBruteForceDetection> bruteForceDetection() {
        return Optional.ofNullable(this.bruteForceDetection);
    }
    public Optional<RealmSecurityDefensesHeaders> headers() {
        return Optional.ofNullable(this.headers);
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Builder builder(RealmSecurityDefenses defaults) {
        return new Builder(defaults);
    }
    @CustomType.Builder
    public static final class Builder {
        private @Nullable RealmSecurityDefensesBruteForceDetection bruteForceDetection;
        private @Nullable RealmSecurityDefensesHeaders headers;
        public Builder() {}
        public Builder(RealmSecurityDefenses defaults) {
            Objects.requireNonNull(defaults);
            this.bruteForceDetection = defaults.bruteForceDetection;
            this.headers = defaults.headers;
        }

        @CustomType.Setter
        public Builder bruteForceDetection(@Nullable RealmSecurityDefensesBruteForceDetection bruteForceDetection) {

            this.bruteForceDetection = bruteForceDetection;
            return this;
        }
        @CustomType.Setter
        public Builder headers(@Nullable RealmSecurityDefensesHeaders headers) {

            this.headers = headers;
            return this;
        }
        public RealmSecurityDefenses build() {
            final var _resultValue = new RealmSecurityDefenses();
            _resultValue.bruteForceDetection = bruteForceDetection;
            _resultValue.headers = headers;
            return _resultValue;
        }
    }
}
