package org.torc.cli.client.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.torc.cli.client.ClientContext;
import org.torc.cli.client.CommandFailure;
import org.torc.cli.client.Details;
import org.torc.cli.client.Output;
import org.torc.cli.client.Table;
import org.torc.cli.client.TorcCommand;
import org.torc.cli.client.http.Query;
import org.torc.cli.client.workflows.WorkflowsCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code torc jobs ...}: the jobs of a workflow. */
@Command(
        name = "jobs",
        mixinStandardHelpOptions = true,
        description = "List and show jobs.",
        footer = {
            "",
            "Examples:",
            "  torc jobs list 12",
            "  torc jobs list 12 --status failed",
            "  torc -f json jobs get 345"
        })
public final class JobsCommand {

    @Spec CommandSpec spec;

    @Command(
            name = "list",
            mixinStandardHelpOptions = true,
            description = "List a workflow's jobs.",
            footer = {"", "Examples:", "  torc jobs list 12 --status ready"})
    int list(
            @Parameters(paramLabel = "WORKFLOW_ID") long workflowId,
            @Option(
                            names = "--status",
                            paramLabel = "STATUS",
                            description = "Only jobs with this status: ${COMPLETION-CANDIDATES}",
                            completionCandidates = Statuses.class)
                    String status) {
        if (status != null && !WorkflowsCommand.JOB_STATUSES.contains(status)) {
            throw new CommandFailure(
                    "unknown job status '"
                            + status
                            + "'; use one of "
                            + String.join(", ", WorkflowsCommand.JOB_STATUSES));
        }
        ClientContext context = TorcCommand.context(spec);
        Query query = Query.of("workflow_id", workflowId).and("status", status);
        List<JsonNode> jobs = context.api().list("/jobs", query);
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.putArray("jobs").addAll(jobs);
        Output output = context.output();
        output.print(json, () -> table(jobs).print(output.writer()));
        return 0;
    }

    private static Table table(List<JsonNode> jobs) {
        Table table = Table.of("ID", "NAME", "STATUS", "ATTEMPT", "COMMAND");
        for (JsonNode job : jobs) {
            table.row(
                    job.path("id").asText(),
                    job.path("name").asText(),
                    job.path("status").asText(""),
                    job.path("attempt_id").asText(""),
                    job.path("command").asText());
        }
        return table;
    }

    @Command(
            name = "get",
            mixinStandardHelpOptions = true,
            description = "Show a job.",
            footer = {"", "Examples:", "  torc jobs get 345"})
    int get(@Parameters(paramLabel = "ID") long id) {
        ClientContext context = TorcCommand.context(spec);
        JsonNode job = context.api().get("/jobs/" + id);
        Output output = context.output();
        output.print(job, () -> Details.print(output, job));
        return 0;
    }

    /** The job statuses, for completion. */
    static final class Statuses implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return WorkflowsCommand.JOB_STATUSES.iterator();
        }
    }
}
