package org.torc.cli.client.spec;

import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * One value of a parsed specification and the line it starts on.
 *
 * <p>Jackson's tree model forgets where a value came from, and error messages must name the line,
 * so the reader builds this small tree instead. Scalars keep their text as written, so {@code 1.0}
 * stays {@code 1.0} and {@code 007} stays {@code 007}.
 */
final class SpecNode {

    /** What a node holds. */
    enum Kind {
        MAP,
        LIST,
        TEXT,
        INTEGER,
        DECIMAL,
        BOOLEAN,
        NULL
    }

    private final Kind kind;
    private final Object value;
    private final Map<String, Integer> keyLines;
    private final int line;

    private SpecNode(Kind kind, Object value, Map<String, Integer> keyLines, int line) {
        this.kind = kind;
        this.value = value;
        this.keyLines = keyLines;
        this.line = line;
    }

    static SpecNode map(Map<String, SpecNode> entries, Map<String, Integer> keyLines, int line) {
        return new SpecNode(Kind.MAP, Collections.unmodifiableMap(entries), keyLines, line);
    }

    static SpecNode list(List<SpecNode> items, int line) {
        return new SpecNode(Kind.LIST, Collections.unmodifiableList(items), Map.of(), line);
    }

    static SpecNode scalar(Kind kind, String text, int line) {
        return new SpecNode(kind, text, Map.of(), line);
    }

    Kind kind() {
        return kind;
    }

    int line() {
        return line;
    }

    boolean isNull() {
        return kind == Kind.NULL;
    }

    boolean isScalar() {
        return kind != Kind.MAP && kind != Kind.LIST && kind != Kind.NULL;
    }

    @SuppressWarnings("unchecked")
    Map<String, SpecNode> entries() {
        return kind == Kind.MAP ? (Map<String, SpecNode>) value : Map.of();
    }

    /** The line of a key of this map, or the map's own line if the key is absent. */
    int lineOf(String key) {
        return keyLines.getOrDefault(key, line);
    }

    @SuppressWarnings("unchecked")
    List<SpecNode> items() {
        return kind == Kind.LIST ? (List<SpecNode>) value : List.of();
    }

    /** The text of a scalar as written in the file; {@code null} for the other kinds. */
    String text() {
        return isScalar() ? (String) value : null;
    }

    /** How the kind reads in an error message. */
    String describe() {
        switch (kind) {
            case MAP:
                return "a mapping";
            case LIST:
                return "a list";
            case NULL:
                return "null";
            default:
                return "'" + value + "'";
        }
    }
}
