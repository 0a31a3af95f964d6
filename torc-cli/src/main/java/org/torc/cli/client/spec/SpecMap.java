package org.torc.cli.client.spec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A mapping of the specification seen through the keys it may have: an unknown key is refused at
 * once, naming the closest known key, and every getter checks the value's type.
 *
 * <p>A key whose value is {@code null} counts as absent, as in the original's samples ({@code
 * depends_on: null}).
 */
final class SpecMap {

    private final Path file;
    private final SpecNode node;
    private final String owner;

    private SpecMap(Path file, SpecNode node, String owner) {
        this.file = file;
        this.node = node;
        this.owner = owner;
    }

    /**
     * The mapping {@code node}, which the messages call {@code owner} (for example {@code job
     * 'work1'}), checked against the keys it may have.
     */
    static SpecMap of(Path file, SpecNode node, String owner, Set<String> keys)
            throws SpecException {
        if (node.kind() != SpecNode.Kind.MAP) {
            throw new SpecException(
                    file, node.line(), owner + " must be a mapping, not " + node.describe());
        }
        SpecMap map = new SpecMap(file, node, owner);
        for (String key : node.entries().keySet()) {
            if (!keys.contains(key)) {
                throw map.error(key, "unknown key '" + key + "' in " + owner + hint(key, keys));
            }
        }
        return map;
    }

    /** The same mapping under another name, once its name is known. */
    SpecMap named(String newOwner) {
        return new SpecMap(file, node, newOwner);
    }

    String owner() {
        return owner;
    }

    Path file() {
        return file;
    }

    int line() {
        return node.line();
    }

    int line(String key) {
        return node.lineOf(key);
    }

    boolean has(String key) {
        SpecNode value = node.entries().get(key);
        return value != null && !value.isNull();
    }

    Set<String> keys() {
        return node.entries().keySet();
    }

    SpecNode node(String key) {
        return has(key) ? node.entries().get(key) : null;
    }

    SpecException error(String key, String problem) {
        return new SpecException(file, line(key), problem);
    }

    /** The text of a scalar, numbers and booleans included, or {@code null} if absent. */
    String text(String key) throws SpecException {
        SpecNode value = node(key);
        if (value == null) {
            return null;
        }
        if (!value.isScalar()) {
            throw error(key, key + " of " + owner + " must be text, not " + value.describe());
        }
        return value.text();
    }

    String requiredText(String key) throws SpecException {
        String value = text(key);
        if (value == null || value.isBlank()) {
            throw error(key, owner + " needs a '" + key + "'");
        }
        return value;
    }

    Boolean bool(String key) throws SpecException {
        SpecNode value = node(key);
        if (value == null) {
            return null;
        }
        if (value.kind() != SpecNode.Kind.BOOLEAN) {
            throw error(
                    key, key + " of " + owner + " must be true or false, not " + value.describe());
        }
        return Boolean.valueOf(value.text());
    }

    Long integer(String key) throws SpecException {
        SpecNode value = node(key);
        if (value == null) {
            return null;
        }
        try {
            if (value.kind() == SpecNode.Kind.INTEGER) {
                return Long.valueOf(value.text());
            }
        } catch (NumberFormatException e) {
            // Falls through to the message below: too large for a long.
        }
        throw error(key, key + " of " + owner + " must be an integer, not " + value.describe());
    }

    /** A list of texts; a single scalar counts as a list of one. */
    List<String> texts(String key) throws SpecException {
        SpecNode value = node(key);
        if (value == null) {
            return List.of();
        }
        if (value.isScalar()) {
            return List.of(value.text());
        }
        if (value.kind() != SpecNode.Kind.LIST) {
            throw error(key, key + " of " + owner + " must be a list, not " + value.describe());
        }
        List<String> texts = new ArrayList<>(value.items().size());
        for (SpecNode item : value.items()) {
            if (!item.isScalar()) {
                throw new SpecException(
                        file,
                        item.line(),
                        key + " of " + owner + " must list texts, not " + item.describe());
            }
            texts.add(item.text());
        }
        return texts;
    }

    /** The mappings of a list, each checked against {@code keys}; named by {@code what}. */
    List<SpecMap> maps(String key, String what, Set<String> keys) throws SpecException {
        SpecNode value = node(key);
        if (value == null) {
            return List.of();
        }
        if (value.kind() != SpecNode.Kind.LIST) {
            throw error(key, key + " must be a list, not " + value.describe());
        }
        List<SpecNode> items = value.items();
        List<SpecMap> maps = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            maps.add(of(file, items.get(i), ownerOf(items.get(i), what, i), keys));
        }
        return maps;
    }

    /** {@code job 'work1'} if the entry has a name, else {@code job 3}. */
    private static String ownerOf(SpecNode item, String what, int index) {
        SpecNode name = item.entries().get("name");
        return name != null && name.isScalar()
                ? what + " '" + name.text() + "'"
                : what + " " + (index + 1);
    }

    /** The entries of a nested mapping, in file order. */
    Map<String, SpecNode> entries(String key) throws SpecException {
        SpecNode value = node(key);
        if (value == null) {
            return Map.of();
        }
        if (value.kind() != SpecNode.Kind.MAP) {
            throw error(key, key + " of " + owner + " must be a mapping, not " + value.describe());
        }
        return value.entries();
    }

    int lineOfEntry(String key, String entry) {
        SpecNode value = node(key);
        return value == null ? line(key) : value.lineOf(entry);
    }

    private static String hint(String key, Collection<String> keys) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : keys) {
            int distance = distance(key, candidate);
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best != null && bestDistance <= Math.max(2, key.length() / 3)
                ? "; did you mean '" + best + "'?"
                : "";
    }

    /** Levenshtein distance, for the "did you mean" hint. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] =
                        Math.min(
                                Math.min(current[j - 1] + 1, previous[j] + 1),
                                previous[j - 1] + substitution);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
