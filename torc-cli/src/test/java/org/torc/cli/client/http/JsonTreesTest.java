package org.torc.cli.client.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonTreesTest {

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void readsTheSameTreesAsAnObjectMapper() throws IOException {
        List<String> texts =
                List.of(
                        "{\"items\":[{\"id\":1,\"name\":\"x\",\"n\":null}],\"has_more\":false}",
                        "[1, 2147483648, 123456789012345678901234567890, 1.5, -0.0, 1e300]",
                        "{\"a\":1,\"a\":\"twice\",\"t\":true,\"u\":\"\\u00e9\\n\"}",
                        "{\"deep\":{\"deeper\":[[[]],{}]}} trailing",
                        "\"text\"",
                        "null",
                        "  ");
        for (String text : texts) {
            JsonNode expected = mapper.readTree(text);
            JsonNode actual = JsonTrees.read(text);
            assertEquals(expected, actual, text);
            assertEquals(mapper.writeValueAsString(expected), mapper.writeValueAsString(actual));
        }
    }

    @Test
    void malformedTextIsAnIoException() {
        assertThrows(IOException.class, () -> JsonTrees.read("<html>"));
        assertThrows(IOException.class, () -> JsonTrees.read("{\"a\":"));
        assertThrows(IOException.class, () -> JsonTrees.read("[1,"));
    }
}
