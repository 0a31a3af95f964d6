package org.torc.cli.client.records;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.BiConsumer;
import org.torc.cli.client.ClientContext;
import org.torc.cli.client.Output;
import org.torc.cli.client.Table;
import org.torc.cli.client.http.Query;

/** Lists one kind of a workflow's records, as a table or as {@code {"KEY": [...]}}. */
final class RecordListing {

    private RecordListing() {}

    static int list(
            ClientContext context,
            String path,
            long workflowId,
            String key,
            Table table,
            BiConsumer<Table, JsonNode> row) {
        List<JsonNode> records = context.api().list(path, Query.of("workflow_id", workflowId));
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.putArray(key).addAll(records);
        Output output = context.output();
        output.print(
                json,
                () -> {
                    records.forEach(record -> row.accept(table, record));
                    table.print(output.writer());
                });
        return 0;
    }
}
