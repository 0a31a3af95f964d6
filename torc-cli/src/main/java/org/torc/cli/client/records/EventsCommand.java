package org.torc.cli.client.records;

import org.torc.cli.client.Table;
import org.torc.cli.client.TorcCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code torc events list WF}. */
@Command(
        name = "events",
        mixinStandardHelpOptions = true,
        description = "List a workflow's events.",
        footer = {"", "Examples:", "  torc events list 12"})
public final class EventsCommand {

    @Spec CommandSpec spec;

    @Command(
            name = "list",
            mixinStandardHelpOptions = true,
            description = "List a workflow's events, oldest first.",
            footer = {"", "Examples:", "  torc -f json events list 12"})
    int list(@Parameters(paramLabel = "WORKFLOW_ID") long workflowId) {
        return RecordListing.list(
                TorcCommand.context(spec),
                "/events",
                workflowId,
                "events",
                Table.of("ID", "TIMESTAMP", "DATA"),
                (table, event) ->
                        table.row(
                                event.path("id").asText(),
                                event.path("timestamp").asText(),
                                event.has("data") ? event.get("data").toString() : ""));
    }
}
