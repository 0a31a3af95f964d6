package org.torc.cli.client.spec;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses what a parameter ranges over.
 *
 * <ul>
 *   <li>{@code 1:100}: the integers 1 to 100, both included; {@code 1:100:5} steps by 5; a negative
 *       step counts down.
 *   <li>{@code 0.0:1.0:0.1}: decimals, computed exactly.
 *   <li>{@code [1, 5, 10]} or {@code ['train', 'test']}: a list written as text.
 *   <li>anything else: one value.
 * </ul>
 *
 * A range wrapped in braces, <code>{1:100}</code>, is accepted too, since users mix up the range
 * with the placeholder syntax.
 */
final class ParameterValues {

    /** A bound on one parameter's values, so a typo cannot exhaust memory. */
    static final int MAX_VALUES = 10_000_000;

    private ParameterValues() {}

    /** The values {@code text} stands for. */
    static List<ParameterValue> parse(String text) {
        String trimmed = unwrapBraces(text.strip());
        if (trimmed.startsWith("[") && trimmed.endsWith("]")) {
            return parseList(trimmed.substring(1, trimmed.length() - 1));
        }
        if (trimmed.contains(":")) {
            return parseRange(trimmed);
        }
        return List.of(single(trimmed));
    }

    /** One value, typed by its look: integer, decimal or text. */
    static ParameterValue single(String text) {
        if (text.matches("[+-]?\\d+")) {
            try {
                return new ParameterValue.Integer(Long.parseLong(text));
            } catch (NumberFormatException e) {
                return new ParameterValue.Text(text);
            }
        }
        if (text.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
            return new ParameterValue.Decimal(new BigDecimal(text));
        }
        return new ParameterValue.Text(text);
    }

    private static String unwrapBraces(String text) {
        if (text.startsWith("{") && text.endsWith("}") && !text.contains(",")) {
            return text.substring(1, text.length() - 1).strip();
        }
        return text;
    }

    private static List<ParameterValue> parseList(String inner) {
        List<ParameterValue> values = new ArrayList<>();
        if (inner.isBlank()) {
            return values;
        }
        for (String item : inner.split(",")) {
            String trimmed = item.strip();
            if (isQuoted(trimmed)) {
                values.add(new ParameterValue.Text(trimmed.substring(1, trimmed.length() - 1)));
            } else {
                values.add(single(trimmed));
            }
        }
        return values;
    }

    private static boolean isQuoted(String text) {
        return text.length() >= 2
                && (text.startsWith("'") && text.endsWith("'")
                        || text.startsWith("\"") && text.endsWith("\""));
    }

    private static List<ParameterValue> parseRange(String text) {
        String[] parts = text.split(":", -1);
        if (parts.length < 2 || parts.length > 3) {
            throw new IllegalArgumentException(
                    "range '" + text + "' must be start:end or start:end:step");
        }
        ParameterValue start = single(parts[0].strip());
        ParameterValue end = single(parts[1].strip());
        ParameterValue step = parts.length == 3 ? single(parts[2].strip()) : null;
        if (isInteger(start) && isInteger(end) && (step == null || isInteger(step))) {
            return integerRange(text, start, end, step);
        }
        return decimalRange(text, decimal(text, start), decimal(text, end), step);
    }

    private static boolean isInteger(ParameterValue value) {
        return value instanceof ParameterValue.Integer;
    }

    private static List<ParameterValue> integerRange(
            String text, ParameterValue start, ParameterValue end, ParameterValue step) {
        long first = ((ParameterValue.Integer) start).value();
        long last = ((ParameterValue.Integer) end).value();
        long by = step == null ? 1 : ((ParameterValue.Integer) step).value();
        if (by == 0) {
            throw new IllegalArgumentException("range '" + text + "' has a step of zero");
        }
        boolean empty = by > 0 ? last < first : last > first;
        long count = empty ? 0 : (last - first) / by + 1;
        checkCount(text, count);
        List<ParameterValue> values = new ArrayList<>((int) Math.max(0, count));
        for (long i = 0; i < count; i++) {
            values.add(new ParameterValue.Integer(first + i * by));
        }
        return values;
    }

    private static List<ParameterValue> decimalRange(
            String text, BigDecimal first, BigDecimal last, ParameterValue step) {
        BigDecimal by = step == null ? BigDecimal.ONE : decimal(text, step);
        if (by.signum() == 0) {
            throw new IllegalArgumentException("range '" + text + "' has a step of zero");
        }
        BigDecimal span = last.subtract(first);
        long count =
                span.signum() * by.signum() < 0
                        ? 0
                        : span.divideToIntegralValue(by).longValue() + 1;
        checkCount(text, count);
        List<ParameterValue> values = new ArrayList<>((int) count);
        BigDecimal current = first;
        for (long i = 0; i < count; i++) {
            values.add(new ParameterValue.Decimal(current));
            current = current.add(by);
        }
        return values;
    }

    private static BigDecimal decimal(String text, ParameterValue value) {
        if (value instanceof ParameterValue.Integer) {
            return BigDecimal.valueOf(((ParameterValue.Integer) value).value());
        }
        if (value instanceof ParameterValue.Decimal) {
            return ((ParameterValue.Decimal) value).value();
        }
        throw new IllegalArgumentException(
                "range '" + text + "' needs numbers, not '" + value.text() + "'");
    }

    private static void checkCount(String text, long count) {
        if (count > MAX_VALUES) {
            throw new IllegalArgumentException(
                    "range '" + text + "' has " + count + " values, more than " + MAX_VALUES);
        }
    }
}
