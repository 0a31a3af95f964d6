package org.torc.cli.client.spec;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A format specifier after the colon of a placeholder, as in <code>{i:03d}</code> or <code>
 * {lr:.2f}</code>: Python's format mini-language, which the original's users write.
 *
 * <p>Supported: fill and alignment ({@code <>^=}), sign ({@code + - space}), {@code #}, zero
 * padding, width, grouping ({@code , _}), precision and the types {@code d b o x X e E f F g G s
 * %}. Decimals are rounded from their binary value, half to even, as Python rounds them, so {@code
 * 2.675} with {@code .2f} gives {@code 2.67} in both.
 */
final class FormatSpec {

    private static final Pattern SYNTAX =
            Pattern.compile(
                    "(?:(.)?([<>=^]))?([+\\- ])?(#)?(0)?(\\d+)?([,_])?(?:\\.(\\d+))?"
                            + "([bdeEfFgGosxX%])?");

    private final String source;
    private final char fill;
    private final char align;
    private final char sign;
    private final boolean alternate;
    private final int width;
    private final char grouping;
    private final int precision;
    private final char type;

    private FormatSpec(String source, Matcher m) {
        this.source = source;
        boolean zero = m.group(5) != null;
        this.align = m.group(2) != null ? m.group(2).charAt(0) : zero ? '=' : 0;
        this.fill =
                m.group(1) != null ? m.group(1).charAt(0) : zero && m.group(2) == null ? '0' : ' ';
        this.sign = m.group(3) != null ? m.group(3).charAt(0) : '-';
        this.alternate = m.group(4) != null;
        this.width = m.group(6) != null ? Integer.parseInt(m.group(6)) : 0;
        this.grouping = m.group(7) != null ? m.group(7).charAt(0) : 0;
        this.precision = m.group(8) != null ? Integer.parseInt(m.group(8)) : -1;
        this.type = m.group(9) != null ? m.group(9).charAt(0) : 0;
    }

    /** The specifier {@code spec}; throws {@link IllegalArgumentException} if malformed. */
    static FormatSpec parse(String spec) {
        Matcher m = SYNTAX.matcher(spec);
        if (!m.matches()) {
            throw new IllegalArgumentException("format specifier '" + spec + "' is not valid");
        }
        return new FormatSpec(spec, m);
    }

    /**
     * {@code value} formatted; throws {@link IllegalArgumentException} if the type does not fit.
     */
    String apply(ParameterValue value) {
        if (value instanceof ParameterValue.Text || type == 's') {
            return applyToText(value);
        }
        BigDecimal number = number(value);
        boolean negative = number.signum() < 0;
        String digits = digits(number.abs(), value instanceof ParameterValue.Integer);
        return pad(signOf(negative), digits, '>');
    }

    private String applyToText(ParameterValue value) {
        if (type != 0 && type != 's') {
            throw mismatch(value);
        }
        String text = value.text();
        if (precision >= 0 && precision < text.length()) {
            text = text.substring(0, precision);
        }
        return pad("", text, '<');
    }

    private static BigDecimal number(ParameterValue value) {
        if (value instanceof ParameterValue.Integer) {
            return BigDecimal.valueOf(((ParameterValue.Integer) value).value());
        }
        return ((ParameterValue.Decimal) value).value();
    }

    private String digits(BigDecimal magnitude, boolean integer) {
        char effective = type != 0 ? type : integer ? 'd' : precision >= 0 ? 'g' : 0;
        switch (effective) {
            case 'd':
                return group(whole(magnitude).toString());
            case 'b':
                return prefix("0b") + whole(magnitude).toString(2);
            case 'o':
                return prefix("0o") + whole(magnitude).toString(8);
            case 'x':
                return prefix("0x") + whole(magnitude).toString(16);
            case 'X':
                return prefix("0X") + whole(magnitude).toString(16).toUpperCase(Locale.ROOT);
            case 'f':
            case 'F':
                return fixed(binary(magnitude), precision < 0 ? 6 : precision);
            case '%':
                return fixed(binary(magnitude).movePointRight(2), precision < 0 ? 6 : precision)
                        + "%";
            case 'e':
            case 'E':
                return scientific(magnitude, precision < 0 ? 6 : precision, effective == 'E');
            case 'g':
            case 'G':
                return general(magnitude, effective == 'G');
            default:
                return group(magnitude.toPlainString());
        }
    }

    private java.math.BigInteger whole(BigDecimal magnitude) {
        try {
            return magnitude.toBigIntegerExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(
                    "format '" + source + "' needs an integer, not " + magnitude.toPlainString());
        }
    }

    private String prefix(String text) {
        return alternate ? text : "";
    }

    /** The exact value of the nearest double, which is what Python rounds. */
    private static BigDecimal binary(BigDecimal value) {
        return new BigDecimal(value.doubleValue());
    }

    private String fixed(BigDecimal value, int places) {
        String text = value.setScale(places, RoundingMode.HALF_EVEN).toPlainString();
        if (places == 0 && alternate) {
            text += ".";
        }
        return groupWhole(text);
    }

    private static String scientific(BigDecimal value, int places, boolean upper) {
        String text = String.format(Locale.ROOT, "%." + places + "e", value.doubleValue());
        return upper ? text.toUpperCase(Locale.ROOT) : text;
    }

    private String general(BigDecimal magnitude, boolean upper) {
        int digits = precision < 0 ? 6 : Math.max(1, precision);
        BigDecimal value = binary(magnitude);
        if (value.signum() == 0) {
            return "0";
        }
        BigDecimal rounded = value.round(new MathContext(digits, RoundingMode.HALF_EVEN));
        int exponent = rounded.precision() - rounded.scale() - 1;
        if (exponent >= -4 && exponent < digits) {
            String text = rounded.setScale(Math.max(0, digits - 1 - exponent)).toPlainString();
            return groupWhole(alternate ? text : stripZeros(text));
        }
        String text = scientific(rounded, digits - 1, upper);
        int e = text.indexOf(upper ? 'E' : 'e');
        String mantissa = alternate ? text.substring(0, e) : stripZeros(text.substring(0, e));
        return mantissa + text.substring(e);
    }

    private static String stripZeros(String text) {
        if (!text.contains(".")) {
            return text;
        }
        String stripped = text.replaceAll("0+$", "");
        return stripped.endsWith(".") ? stripped.substring(0, stripped.length() - 1) : stripped;
    }

    private String groupWhole(String text) {
        int point = text.indexOf('.');
        return point < 0 ? group(text) : group(text.substring(0, point)) + text.substring(point);
    }

    private String group(String whole) {
        if (grouping == 0 || whole.length() <= 3) {
            return whole;
        }
        StringBuilder out = new StringBuilder();
        int lead = whole.length() % 3 == 0 ? 3 : whole.length() % 3;
        out.append(whole, 0, lead);
        for (int i = lead; i < whole.length(); i += 3) {
            out.append(grouping).append(whole, i, i + 3);
        }
        return out.toString();
    }

    private String signOf(boolean negative) {
        if (negative) {
            return "-";
        }
        return sign == '-' ? "" : String.valueOf(sign);
    }

    private String pad(String signText, String body, char defaultAlign) {
        int missing = width - signText.length() - body.length();
        if (missing <= 0) {
            return signText + body;
        }
        String filler = String.valueOf(fill).repeat(missing);
        switch (align != 0 ? align : defaultAlign) {
            case '<':
                return signText + body + filler;
            case '^':
                String left = filler.substring(0, missing / 2);
                return left + signText + body + filler.substring(missing / 2);
            case '=':
                return signText + filler + body;
            default:
                return filler + signText + body;
        }
    }

    private IllegalArgumentException mismatch(ParameterValue value) {
        return new IllegalArgumentException(
                "format '" + source + "' does not apply to the text '" + value.text() + "'");
    }
}
