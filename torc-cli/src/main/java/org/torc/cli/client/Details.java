package org.torc.cli.client;

import com.fasterxml.jackson.databind.JsonNode;

/** One record as a two-column table of its fields. */
public final class Details {

    private Details() {}

    public static void print(Output output, JsonNode record) {
        Table table = Table.of("FIELD", "VALUE");
        record.fields()
                .forEachRemaining(
                        field ->
                                table.row(
                                        field.getKey(),
                                        field.getValue().isValueNode()
                                                ? field.getValue().asText()
                                                : field.getValue().toString()));
        table.print(output.writer());
    }
}
