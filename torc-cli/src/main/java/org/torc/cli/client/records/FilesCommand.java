package org.torc.cli.client.records;

import org.torc.cli.client.Table;
import org.torc.cli.client.TorcCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code torc files list WF}. */
@Command(
        name = "files",
        mixinStandardHelpOptions = true,
        description = "List a workflow's files.",
        footer = {"", "Examples:", "  torc files list 12"})
public final class FilesCommand {

    @Spec CommandSpec spec;

    @Command(
            name = "list",
            mixinStandardHelpOptions = true,
            description = "List a workflow's files.",
            footer = {"", "Examples:", "  torc -f json files list 12"})
    int list(@Parameters(paramLabel = "WORKFLOW_ID") long workflowId) {
        return RecordListing.list(
                TorcCommand.context(spec),
                "/files",
                workflowId,
                "files",
                Table.of("ID", "NAME", "PATH", "MTIME"),
                (table, file) ->
                        table.row(
                                file.path("id").asText(),
                                file.path("name").asText(),
                                file.path("path").asText(),
                                file.path("st_mtime").asText("")));
    }
}
