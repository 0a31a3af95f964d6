package org.torc.cli.client.spec;

import java.math.BigDecimal;

/**
 * One value a parameter takes: an integer, a decimal number or a text.
 *
 * <p>Decimals are {@link BigDecimal}s so that a range such as {@code 0.0:1.0:0.1} yields exactly
 * {@code 0.3}, not {@code 0.30000000000000004}, and prints as the user wrote its steps.
 */
interface ParameterValue {

    /** The value as substituted without a format specifier. */
    String text();

    /** An integer value. */
    record Integer(long value) implements ParameterValue {
        @Override
        public String text() {
            return Long.toString(value);
        }
    }

    /** A decimal value. */
    record Decimal(BigDecimal value) implements ParameterValue {
        @Override
        public String text() {
            return value.toPlainString();
        }
    }

    /** A text value. */
    record Text(String value) implements ParameterValue {
        @Override
        public String text() {
            return value;
        }
    }
}
