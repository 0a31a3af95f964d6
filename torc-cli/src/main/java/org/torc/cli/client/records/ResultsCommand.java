package org.torc.cli.client.records;

import org.torc.cli.client.Table;
import org.torc.cli.client.TorcCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code torc results list WF}. */
@Command(
        name = "results",
        mixinStandardHelpOptions = true,
        description = "List the results of a workflow's jobs.",
        footer = {"", "Examples:", "  torc results list 12"})
public final class ResultsCommand {

    @Spec CommandSpec spec;

    @Command(
            name = "list",
            mixinStandardHelpOptions = true,
            description = "List the results of a workflow's jobs: return code, status, time.",
            footer = {"", "Examples:", "  torc -f json results list 12"})
    int list(@Parameters(paramLabel = "WORKFLOW_ID") long workflowId) {
        return RecordListing.list(
                TorcCommand.context(spec),
                "/results",
                workflowId,
                "results",
                Table.of("ID", "JOB", "RUN", "ATTEMPT", "STATUS", "RC", "MINUTES", "COMPLETED"),
                (table, result) ->
                        table.row(
                                result.path("id").asText(),
                                result.path("job_id").asText(),
                                result.path("run_id").asText(),
                                result.path("attempt_id").asText(""),
                                result.path("status").asText(),
                                result.path("return_code").asText(),
                                String.format("%.3f", result.path("exec_time_minutes").asDouble()),
                                result.path("completion_time").asText()));
    }
}
