package org.torc.cli.client.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Expected strings are what Python's {@code format(value, spec)} prints. */
class FormatSpecTest {

    private static String format(String spec, long value) {
        return FormatSpec.parse(spec).apply(new ParameterValue.Integer(value));
    }

    private static String format(String spec, String decimal) {
        return FormatSpec.parse(spec).apply(new ParameterValue.Decimal(new BigDecimal(decimal)));
    }

    private static String formatText(String spec, String text) {
        return FormatSpec.parse(spec).apply(new ParameterValue.Text(text));
    }

    @Test
    void zeroPadsIntegers() {
        assertEquals("007", format("03d", 7));
        assertEquals("-07", format("03d", -7));
        assertEquals("1234", format("03d", 1234));
    }

    @Test
    void roundsDecimalsHalfToEvenFromTheBinaryValueAsPythonDoes() {
        assertEquals("0.10", format(".2f", "0.1"));
        assertEquals("2.67", format(".2f", "2.675"));
        assertEquals("0.12", format(".2f", "0.125"));
        assertEquals("2", format(".0f", "2.5"));
    }

    @Test
    void alignsSignsAndGroups() {
        assertEquals("   42", format(">5", 42));
        assertEquals("42   ", format("<5", 42));
        assertEquals(" 42  ", format("^5", 42));
        assertEquals("+42", format("+d", 42));
        assertEquals("1,234,567", format(",d", 1234567));
        assertEquals("**42", format("*>4", 42));
    }

    @Test
    void printsOtherBasesAndNotations() {
        assertEquals("ff", format("x", 255));
        assertEquals("0xff", format("#x", 255));
        assertEquals("101", format("b", 5));
        assertEquals("1.500000e+00", format("e", "1.5"));
        assertEquals("50.0%", format(".1%", "0.5"));
        assertEquals("0.001", format("g", "0.001"));
        assertEquals("1e-05", format("g", "0.00001"));
        assertEquals("1.23457e+06", format("g", "1234567.0"));
    }

    @Test
    void padsAndTruncatesTexts() {
        assertEquals("ab   ", formatText("5", "ab"));
        assertEquals("abc", formatText(".3", "abcdef"));
        assertEquals("  abc", formatText(">5s", "abc"));
    }

    @Test
    void refusesATypeThatDoesNotFitTheValue() {
        assertThrows(IllegalArgumentException.class, () -> formatText("03d", "abc"));
        assertThrows(IllegalArgumentException.class, () -> format("d", "0.5"));
        assertThrows(IllegalArgumentException.class, () -> FormatSpec.parse("03q"));
    }
}
