package org.torc.cli.client.workflows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import org.torc.cli.client.ClientContext;
import org.torc.cli.client.Details;
import org.torc.cli.client.Output;
import org.torc.cli.client.Table;
import org.torc.cli.client.TorcCommand;
import org.torc.cli.client.http.Query;
import org.torc.cli.client.http.TorcApi;
import org.torc.cli.client.spec.SpecException;
import org.torc.cli.client.spec.WorkflowPlan;
import org.torc.cli.client.spec.WorkflowSpecs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code torc workflows ...}: create, list, inspect, start, cancel and delete workflows. */
@Command(
        name = "workflows",
        mixinStandardHelpOptions = true,
        // The command tree adds them, all or only the one a command line names.
        addMethodSubcommands = false,
        description = "Create, list, inspect, start, cancel and delete workflows.",
        footer = {
            "",
            "Examples:",
            "  torc workflows create diamond.yaml",
            "  torc workflows list --all-users",
            "  torc workflows start 12 && torc workflows status 12",
            "  torc workflows run 12"
        })
public final class WorkflowsCommand {

    /** The statuses a job can have, in the order they are shown. */
    public static final List<String> JOB_STATUSES =
            List.of(
                    "uninitialized",
                    "blocked",
                    "ready",
                    "pending",
                    "running",
                    "completed",
                    "failed",
                    "canceled",
                    "terminated",
                    "disabled");

    @Spec CommandSpec spec;

    private ClientContext context() {
        return TorcCommand.context(spec);
    }

    @Command(
            name = "create",
            mixinStandardHelpOptions = true,
            description = "Create a workflow from a YAML or JSON specification.",
            footer = {
                "",
                "Nothing is left on the server if creation fails.",
                "",
                "Examples:",
                "  torc workflows create workflow.yaml",
                "  torc workflows create --dry-run sweep.json5"
            })
    int create(
            @Parameters(paramLabel = "FILE", description = "Specification file") Path file,
            @Option(
                            names = "--dry-run",
                            description = "Check and expand the specification; create nothing")
                    boolean dryRun)
            throws SpecException {
        WorkflowPlan plan = WorkflowSpecs.load(file);
        Output output = context().output();
        if (dryRun) {
            output.print(planSummary(plan), () -> output.line(describe(plan) + " (not created)"));
            return 0;
        }
        TorcApi api = context().api();
        long id = new WorkflowCreator(api, plan).create(context().user());
        output.print(
                api.get("/workflows/" + id),
                () -> output.line("Created workflow " + id + ": " + describe(plan)));
        return 0;
    }

    private static String describe(WorkflowPlan plan) {
        return String.format(
                "'%s' with %d jobs, %d files, %d user_data records",
                plan.name(), plan.jobs().size(), plan.files().size(), plan.userData().size());
    }

    private static ObjectNode planSummary(WorkflowPlan plan) {
        ObjectNode summary = JsonNodeFactory.instance.objectNode();
        summary.put("name", plan.name());
        summary.put("job_count", plan.jobs().size());
        summary.put("file_count", plan.files().size());
        summary.put("user_data_count", plan.userData().size());
        summary.put("resource_requirements_count", plan.resourceRequirements().size());
        summary.put("failure_handler_count", plan.failureHandlers().size());
        summary.put("scheduler_count", plan.schedulers().size());
        return summary;
    }

    @Command(
            name = "list",
            mixinStandardHelpOptions = true,
            description = "List your workflows (the authenticated user's, else $USER's).",
            footer = {
                "",
                "Examples:",
                "  torc workflows list",
                "  torc -f json workflows list --all-users"
            })
    int list(
            @Option(names = "--all-users", description = "List every user's workflows")
                    boolean allUsers) {
        ClientContext context = context();
        Query query = allUsers ? Query.of() : Query.of("user", context.user());
        List<JsonNode> workflows = context.api().list("/workflows", query);
        Output output = context.output();
        ArrayNode array = JsonNodeFactory.instance.arrayNode().addAll(workflows);
        output.print(array, () -> workflowTable(workflows).print(output.writer()));
        return 0;
    }

    private static Table workflowTable(List<JsonNode> workflows) {
        Table table = Table.of("ID", "NAME", "USER", "CREATED", "DESCRIPTION");
        for (JsonNode workflow : workflows) {
            table.row(
                    workflow.path("id").asText(),
                    workflow.path("name").asText(),
                    workflow.path("user").asText(),
                    workflow.path("timestamp").asText(""),
                    workflow.path("description").asText(""));
        }
        return table;
    }

    @Command(
            name = "get",
            mixinStandardHelpOptions = true,
            description = "Show a workflow.",
            footer = {"", "Examples:", "  torc workflows get 12"})
    int get(@Parameters(paramLabel = "ID") long id) {
        JsonNode workflow = context().api().get("/workflows/" + id);
        Output output = context().output();
        output.print(workflow, () -> Details.print(output, workflow));
        return 0;
    }

    @Command(
            name = "delete",
            mixinStandardHelpOptions = true,
            description = "Delete workflows with their jobs, files, results and events.",
            footer = {"", "Examples:", "  torc workflows delete 12 13"})
    int delete(@Parameters(paramLabel = "ID", arity = "1..*") List<Long> ids) {
        Output output = context().output();
        ArrayNode deleted = JsonNodeFactory.instance.arrayNode();
        for (long id : ids) {
            deleted.add(context().api().delete("/workflows/" + id));
            if (!output.isJson()) {
                output.line("Deleted workflow " + id);
            }
        }
        if (output.isJson()) {
            output.json(deleted);
        }
        return 0;
    }

    @Command(
            name = "status",
            mixinStandardHelpOptions = true,
            description = "Show a workflow's run, whether it is canceled, and its jobs by status.",
            footer = {"", "Examples:", "  torc workflows status 12"})
    int status(@Parameters(paramLabel = "ID") long id) {
        TorcApi api = context().api();
        ObjectNode status = (ObjectNode) api.get("/workflows/" + id + "/status").deepCopy();
        status.set("job_counts", jobCounts(api, id));
        Output output = context().output();
        output.print(status, () -> printStatus(output, id, status));
        return 0;
    }

    /** The number of the workflow's jobs in each status; statuses with none are left out. */
    public static ObjectNode jobCounts(TorcApi api, long workflowId) {
        ObjectNode counts = JsonNodeFactory.instance.objectNode();
        for (String status : JOB_STATUSES) {
            long count =
                    api.count("/jobs", Query.of("workflow_id", workflowId).and("status", status));
            if (count > 0) {
                counts.put(status, count);
            }
        }
        return counts;
    }

    private static void printStatus(Output output, long id, JsonNode status) {
        output.line(
                "Workflow "
                        + id
                        + ": run "
                        + status.path("run_id").asText("?")
                        + (status.path("is_canceled").asBoolean() ? ", canceled" : "")
                        + (status.path("is_archived").asBoolean() ? ", archived" : ""));
        Table table = Table.of("STATUS", "JOBS");
        status.path("job_counts")
                .fields()
                .forEachRemaining(e -> table.row(e.getKey(), e.getValue()));
        table.print(output.writer());
    }

    @Command(
            name = "start",
            mixinStandardHelpOptions = true,
            description =
                    "Initialize a workflow: its jobs become ready or blocked, for job runners"
                            + " to claim.",
            footer = {"", "Examples:", "  torc workflows start 12"})
    int start(@Parameters(paramLabel = "ID") long id) {
        TorcApi api = context().api();
        api.post("/workflows/" + id + "/initialize_jobs", null);
        ObjectNode counts = jobCounts(api, id);
        Output output = context().output();
        output.print(
                counts,
                () ->
                        output.line(
                                "Started workflow "
                                        + id
                                        + ": "
                                        + counts.path("ready").asLong()
                                        + " jobs ready, "
                                        + counts.path("blocked").asLong()
                                        + " blocked"));
        return 0;
    }

    @Command(
            name = "cancel",
            mixinStandardHelpOptions = true,
            description = "Cancel a workflow; runners stop its jobs.",
            footer = {"", "Examples:", "  torc workflows cancel 12"})
    int cancel(@Parameters(paramLabel = "ID") long id) {
        JsonNode answer = context().api().put("/workflows/" + id + "/cancel", null);
        Output output = context().output();
        output.print(answer, () -> output.line("Canceled workflow " + id));
        return 0;
    }

    @Command(
            name = "reset-status",
            mixinStandardHelpOptions = true,
            description = "Reset a workflow's jobs to uninitialized, so it can run again.",
            footer = {
                "",
                "Examples:",
                "  torc workflows reset-status 12",
                "  torc workflows reset-status --failed-only 12 && torc workflows run 12"
            })
    int resetStatus(
            @Parameters(paramLabel = "ID") long id,
            @Option(names = "--failed-only", description = "Reset only failed jobs")
                    boolean failedOnly) {
        TorcApi api = context().api();
        JsonNode answer =
                api.post(
                        "/workflows/" + id + "/reset_job_status",
                        Query.of("failed_only", failedOnly),
                        null);
        api.post("/workflows/" + id + "/reset_status", null);
        Output output = context().output();
        output.print(
                answer,
                () ->
                        output.line(
                                "Reset "
                                        + answer.path("updated_count").asLong()
                                        + " jobs of"
                                        + " workflow "
                                        + id));
        return 0;
    }

    @Command(
            name = "is-complete",
            mixinStandardHelpOptions = true,
            description = "Tell whether every job of a workflow has finished.",
            footer = {"", "Examples:", "  torc workflows is-complete 12"})
    int isComplete(@Parameters(paramLabel = "ID") long id) {
        JsonNode answer = context().api().get("/workflows/" + id + "/is_complete");
        Output output = context().output();
        boolean complete = answer.path("is_complete").asBoolean();
        output.print(
                answer,
                () ->
                        output.line(
                                "Workflow "
                                        + id
                                        + (complete ? " is complete" : " is not complete")
                                        + (answer.path("is_canceled").asBoolean()
                                                ? " (canceled)"
                                                : "")));
        return 0;
    }
}
