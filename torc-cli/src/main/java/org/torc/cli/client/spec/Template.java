package org.torc.cli.client.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A text with parameter placeholders, <code>{name}</code> or <code>{name:format}</code>, compiled
 * once and rendered for every combination of values.
 *
 * <p>Only names of the job's (or file's) parameters are placeholders; any other brace, such as a
 * shell's <code>${HOME}</code> or <code>{a,b}</code>, stays as written.
 */
final class Template {

    private static final Template EMPTY = new Template("", new Object[0]);

    /** A placeholder: which value to insert, and how. */
    private record Slot(int parameter, FormatSpec format) {}

    private final String source;
    private final Object[] parts;

    private Template(String source, Object[] parts) {
        this.source = source;
        this.parts = parts;
    }

    /**
     * Compiles {@code text} against the parameter names; throws {@link IllegalArgumentException}
     * for a malformed format specifier.
     */
    static Template compile(String text, List<String> parameters) {
        if (text == null) {
            return null;
        }
        if (parameters.isEmpty() || text.indexOf('{') < 0) {
            return new Template(text, new Object[] {text});
        }
        List<Object> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int close = text.charAt(i) == '{' ? text.indexOf('}', i) : -1;
            Slot slot = close < 0 ? null : slot(text.substring(i + 1, close), parameters);
            if (slot == null) {
                literal.append(text.charAt(i++));
                continue;
            }
            if (literal.length() > 0) {
                parts.add(literal.toString());
                literal.setLength(0);
            }
            parts.add(slot);
            i = close + 1;
        }
        if (literal.length() > 0) {
            parts.add(literal.toString());
        }
        return new Template(text, parts.toArray());
    }

    static Template empty() {
        return EMPTY;
    }

    private static Slot slot(String inside, List<String> parameters) {
        int colon = inside.indexOf(':');
        String name = colon < 0 ? inside : inside.substring(0, colon);
        int index = parameters.indexOf(name.strip());
        if (index < 0) {
            return null;
        }
        FormatSpec format = colon < 0 ? null : FormatSpec.parse(inside.substring(colon + 1));
        return new Slot(index, format);
    }

    /** The text as written in the specification. */
    String source() {
        return source;
    }

    /** True if no placeholder appears, so every combination renders the same text. */
    boolean isConstant() {
        return parts.length <= 1 && (parts.length == 0 || parts[0] instanceof String);
    }

    /** The text for one combination; throws {@link IllegalArgumentException} if a format fails. */
    String render(ParameterValue[] values) {
        return render(values, false);
    }

    /** The text for one combination with the values quoted, for use inside a regex. */
    String renderQuoted(ParameterValue[] values) {
        return render(values, true);
    }

    private String render(ParameterValue[] values, boolean quote) {
        if (isConstant()) {
            return source;
        }
        StringBuilder out = new StringBuilder(source.length() + 16);
        for (Object part : parts) {
            if (part instanceof String) {
                out.append((String) part);
                continue;
            }
            Slot slot = (Slot) part;
            ParameterValue value = values[slot.parameter()];
            String text = slot.format() == null ? value.text() : slot.format().apply(value);
            out.append(quote ? Pattern.quote(text) : text);
        }
        return out.toString();
    }
}
