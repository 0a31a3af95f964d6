package org.torc.cli.client.spec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The names of one kind of record (jobs, files, ...) and their positions, refusing a name used
 * twice, with the regexes already matched against them.
 *
 * <p>A regex matches a name if it matches any part of it, as in the original; anchor it with {@code
 * ^...$} to match whole names. Each distinct regex scans every name once.
 */
final class NameIndex {

    private final String what;
    private final Map<String, Integer> positions = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    private final List<Integer> lines = new ArrayList<>();
    private final Map<String, int[]> matches = new HashMap<>();

    NameIndex(String what) {
        this.what = what;
    }

    /** Adds a name defined on {@code line}; refuses one already present. */
    void add(Path file, String name, int line) throws SpecException {
        Integer previous = positions.putIfAbsent(name, names.size());
        if (previous != null) {
            throw new SpecException(file, line, duplicate(name, lines.get(previous), line));
        }
        names.add(name);
        lines.add(line);
    }

    private String duplicate(String name, int firstLine, int line) {
        String where =
                firstLine == line
                        ? "by two entries expanded from this line"
                        : "on line " + firstLine + " too";
        String hint = firstLine == line ? "; put a parameter such as {i} in the name" : "";
        return what + " name '" + name + "' is used " + where + hint;
    }

    int size() {
        return names.size();
    }

    String name(int position) {
        return names.get(position);
    }

    /** The position of {@code name}, or -1. */
    int find(String name) {
        Integer position = positions.get(name);
        return position == null ? -1 : position;
    }

    /** Positions of the names {@code regex} matches; compiled and scanned once per regex. */
    int[] matching(String regex) {
        int[] found = matches.get(regex);
        if (found == null) {
            found = scan(Pattern.compile(regex));
            matches.put(regex, found);
        }
        return found;
    }

    private int[] scan(Pattern pattern) {
        int[] hits = new int[16];
        int count = 0;
        for (int i = 0; i < names.size(); i++) {
            if (pattern.matcher(names.get(i)).find()) {
                if (count == hits.length) {
                    hits = java.util.Arrays.copyOf(hits, count * 2);
                }
                hits[count++] = i;
            }
        }
        return java.util.Arrays.copyOf(hits, count);
    }
}
