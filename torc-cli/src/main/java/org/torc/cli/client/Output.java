package org.torc.cli.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;

/** Where a command prints its result, as a table or as JSON according to {@code --format}. */
public final class Output {

    private final PrintWriter out;
    private final Format format;

    public Output(PrintWriter out, Format format) {
        this.out = out;
        this.format = format;
    }

    public boolean isJson() {
        return format == Format.json;
    }

    public PrintWriter writer() {
        return out;
    }

    /** Prints {@code value} as indented JSON. */
    public void json(Object value) {
        try {
            out.println(Json.MAPPER.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot print JSON", e);
        }
        out.flush();
    }

    /** Prints {@code json} in JSON format, else runs {@code table}. */
    public void print(JsonNode json, Runnable table) {
        if (isJson()) {
            json(json);
        } else {
            table.run();
        }
    }

    public void line(String text) {
        out.println(text);
        out.flush();
    }

    /** Made on first use: tables need no mapper, and making one takes a while. */
    private static final class Json {
        static final ObjectMapper MAPPER =
                new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }
}
