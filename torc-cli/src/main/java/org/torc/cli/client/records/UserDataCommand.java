package org.torc.cli.client.records;

import org.torc.cli.client.Table;
import org.torc.cli.client.TorcCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code torc user-data list WF}. */
@Command(
        name = "user-data",
        mixinStandardHelpOptions = true,
        description = "List a workflow's user data.",
        footer = {"", "Examples:", "  torc user-data list 12"})
public final class UserDataCommand {

    @Spec CommandSpec spec;

    @Command(
            name = "list",
            mixinStandardHelpOptions = true,
            description = "List a workflow's user_data records.",
            footer = {"", "Examples:", "  torc -f json user-data list 12"})
    int list(@Parameters(paramLabel = "WORKFLOW_ID") long workflowId) {
        return RecordListing.list(
                TorcCommand.context(spec),
                "/user_data",
                workflowId,
                "user_data",
                Table.of("ID", "NAME", "EPHEMERAL", "DATA"),
                (table, record) ->
                        table.row(
                                record.path("id").asText(),
                                record.path("name").asText(),
                                record.path("is_ephemeral").asBoolean(),
                                record.has("data") ? record.get("data").toString() : ""));
    }
}
