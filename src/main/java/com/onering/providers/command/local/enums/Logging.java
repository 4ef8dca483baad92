// Typed Pulumi binding in the layout of pulumi-java-gen output; the official provider
// schema is the source of truth (see the com.onering.providers package documentation).

package com.onering.providers.command.local.enums;

import com.pulumi.core.annotations.EnumType;
import java.util.Objects;
import java.util.StringJoiner;

    @EnumType
    public enum Logging {
        /**
         * Capture stdout in logs but not stderr
         * 
         */
        Stdout("stdout"),
        /**
         * Capture stderr in logs but not stdout
         * 
         */
        Stderr("stderr"),
        /**
         * Capture stdout and stderr in logs
         * 
         */
        StdoutAndStderr("stdoutAndStderr"),
        /**
         * Capture no logs
         * 
         */
        None("none");

        private final String value;

        Logging(String value) {
            this.value = Objects.requireNonNull(value);
        }

        @EnumType.Converter
        public String getValue() {
            return this.value;
        }

        @Override
        public String toString() {
            return new StringJoiner(", ", "Logging[", "]")
                .add("value='" + this.value + "'")
                .toString();
        }
    }
