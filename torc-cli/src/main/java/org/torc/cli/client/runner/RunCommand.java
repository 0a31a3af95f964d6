package org.torc.cli.client.runner;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.torc.cli.client.ClientContext;
import org.torc.cli.client.CommandFailure;
import org.torc.cli.client.TorcCommand;
import org.torc.cli.client.spec.SpecException;
import org.torc.cli.client.spec.WorkflowPlan;
import org.torc.cli.client.spec.WorkflowSpecs;
import org.torc.cli.client.workflows.WorkflowCreator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code torc run SPEC_OR_ID}: create a workflow from a file if given one, and run it here. */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        description = {
            "Run a workflow's jobs on this machine: create the workflow first when given a"
                    + " specification file, else run the workflow with that id.",
            "Exits 0 when every job completed, 1 otherwise."
        },
        footer = {
            "",
            "Jobs run with bash -c, TORC_WORKFLOW_ID, TORC_JOB_ID, TORC_JOB_NAME,",
            "TORC_OUTPUT_DIR, TORC_ATTEMPT_ID and TORC_API_URL set; their output goes to",
            "OUTPUT_DIR/job_stdio/. Ctrl-C terminates the running jobs and reports them.",
            "",
            "Examples:",
            "  torc run diamond.yaml",
            "  torc run --max-parallel-jobs 4 sweep.yaml",
            "  torc run --num-cpus 8 --memory-gb 16 -o /scratch/out 12"
        })
public final class RunCommand implements Callable<Integer> {

    @Parameters(paramLabel = "SPEC_OR_ID", description = "Specification file or workflow id")
    String target;

    @Mixin RunOptions options;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws SpecException {
        ClientContext context = TorcCommand.context(spec);
        return LocalRun.execute(context, workflowId(context), options);
    }

    private long workflowId(ClientContext context) throws SpecException {
        Path file = Path.of(target);
        if (Files.isRegularFile(file)) {
            WorkflowPlan plan = WorkflowSpecs.load(file);
            long id = new WorkflowCreator(context.api(), plan).create(context.user());
            context.err()
                    .println(
                            "torc: created workflow "
                                    + id
                                    + " '"
                                    + plan.name()
                                    + "' with "
                                    + plan.jobs().size()
                                    + " jobs");
            context.err().flush();
            return id;
        }
        if (target.matches("\\d+")) {
            return Long.parseLong(target);
        }
        throw new CommandFailure(
                "'" + target + "' is neither a specification file nor a workflow id");
    }
}
