package org.torc.cli.client.runner;

import java.util.concurrent.Callable;
import org.torc.cli.client.TorcCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code torc workflows run ID}: initialize the workflow if needed and run its jobs here. */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        description = {
            "Initialize a workflow if needed and run its jobs on this machine.",
            "Exits 0 when every job completed, 1 otherwise."
        },
        footer = {
            "",
            "Examples:",
            "  torc workflows run 12",
            "  torc workflows run --max-parallel-jobs 2 --output-dir out 12"
        })
public final class RunWorkflowCommand implements Callable<Integer> {

    @Parameters(paramLabel = "ID", description = "Workflow id")
    long workflowId;

    @Mixin RunOptions options;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        return LocalRun.execute(TorcCommand.context(spec), workflowId, options);
    }
}
