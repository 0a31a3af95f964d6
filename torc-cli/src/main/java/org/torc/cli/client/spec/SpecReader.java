package org.torc.cli.client.spec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads a specification file, YAML or JSON (with the JSON5 relaxations Jackson offers: comments,
 * single quotes, unquoted keys, trailing commas), into a tree of {@link SpecNode}s.
 *
 * <p>Files ending in {@code .json} or {@code .json5}, or whose first character is <code>{</code>,
 * are read as JSON; everything else as YAML.
 */
final class SpecReader {

    private static final JsonFactory YAML = new YAMLFactory();
    private static final JsonFactory JSON5 =
            JsonFactory.builder()
                    .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
                    .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
                    .enable(JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES)
                    .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
                    .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                    .enable(JsonReadFeature.ALLOW_LEADING_PLUS_SIGN_FOR_NUMBERS)
                    .enable(JsonReadFeature.ALLOW_LEADING_DECIMAL_POINT_FOR_NUMBERS)
                    .enable(JsonReadFeature.ALLOW_TRAILING_DECIMAL_POINT_FOR_NUMBERS)
                    .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
                    .build();

    private final Path file;

    private SpecReader(Path file) {
        this.file = file;
    }

    /** The tree of the file's single document. */
    static SpecNode read(Path file) throws SpecException {
        return new SpecReader(file).parse(readText(file));
    }

    /** The tree of {@code text}, which error messages attribute to {@code file}. */
    static SpecNode read(Path file, String text) throws SpecException {
        return new SpecReader(file).parse(text);
    }

    private static String readText(Path file) throws SpecException {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new SpecException(file, 1, "no such file");
        } catch (MalformedInputException e) {
            throw new SpecException(file, 1, "the file is not UTF-8 text");
        } catch (IOException e) {
            throw new SpecException(file, 1, "cannot read the file: " + e.getMessage());
        }
    }

    private SpecNode parse(String text) throws SpecException {
        JsonFactory factory = looksLikeJson(text) ? JSON5 : YAML;
        try (JsonParser parser = factory.createParser(text)) {
            if (parser.nextToken() == null) {
                throw new SpecException(file, 1, "the file holds no specification");
            }
            SpecNode root = readValue(parser);
            if (parser.nextToken() != null) {
                throw error(parser, "unexpected content after the specification");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw new SpecException(file, lineOf(e.getLocation()), describe(e));
        } catch (IOException e) {
            throw new SpecException(file, 1, "cannot read the file: " + e.getMessage());
        }
    }

    private boolean looksLikeJson(String text) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".json") || lower.endsWith(".json5") || text.strip().startsWith("{");
    }

    private SpecNode readValue(JsonParser parser) throws IOException, SpecException {
        int line = lineOf(parser.currentTokenLocation());
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT:
                return readMap(parser, line);
            case START_ARRAY:
                return readList(parser, line);
            case VALUE_STRING:
                return SpecNode.scalar(SpecNode.Kind.TEXT, parser.getText(), line);
            case VALUE_NUMBER_INT:
                return SpecNode.scalar(SpecNode.Kind.INTEGER, parser.getText(), line);
            case VALUE_NUMBER_FLOAT:
                return SpecNode.scalar(SpecNode.Kind.DECIMAL, parser.getText(), line);
            case VALUE_TRUE:
                return SpecNode.scalar(SpecNode.Kind.BOOLEAN, "true", line);
            case VALUE_FALSE:
                return SpecNode.scalar(SpecNode.Kind.BOOLEAN, "false", line);
            case VALUE_NULL:
                return SpecNode.scalar(SpecNode.Kind.NULL, null, line);
            default:
                throw error(parser, "unexpected " + token);
        }
    }

    private SpecNode readMap(JsonParser parser, int line) throws IOException, SpecException {
        Map<String, SpecNode> entries = new LinkedHashMap<>();
        Map<String, Integer> keyLines = new HashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            int keyLine = lineOf(parser.currentTokenLocation());
            if (entries.containsKey(key)) {
                throw new SpecException(
                        file,
                        keyLine,
                        "duplicate key '" + key + "' (first on line " + keyLines.get(key) + ")");
            }
            parser.nextToken();
            entries.put(key, readValue(parser));
            keyLines.put(key, keyLine);
        }
        return SpecNode.map(entries, keyLines, line);
    }

    private SpecNode readList(JsonParser parser, int line) throws IOException, SpecException {
        List<SpecNode> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            items.add(readValue(parser));
        }
        return SpecNode.list(items, line);
    }

    private SpecException error(JsonParser parser, String message) {
        return new SpecException(file, lineOf(parser.currentTokenLocation()), message);
    }

    private static int lineOf(JsonLocation location) {
        return location == null ? 1 : Math.max(1, location.getLineNr());
    }

    /** SnakeYAML's messages repeat the source with a caret; its problem text is enough. */
    private static String describe(JsonProcessingException e) {
        if (e.getCause() instanceof MarkedYAMLException) {
            MarkedYAMLException yaml = (MarkedYAMLException) e.getCause();
            String context = yaml.getContext() == null ? "" : yaml.getContext() + ": ";
            return "invalid YAML: " + context + yaml.getProblem();
        }
        return "invalid syntax: " + e.getOriginalMessage();
    }
}
