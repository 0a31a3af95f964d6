package org.torc.cli.client.runner;

import java.time.Duration;
import org.torc.cli.client.ClientContext;

/**
 * Runs a workflow here with the process's signals wired in: Ctrl-C or SIGTERM make the JVM run its
 * shutdown hooks, and the hook asks the runner to terminate and report its jobs, waiting for it
 * before the JVM exits.
 */
final class LocalRun {

    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

    private LocalRun() {}

    static int execute(ClientContext context, long workflowId, RunOptions options) {
        Reporter reporter = new Reporter(context.err(), context.terminal().isInteractive());
        JobRunner runner =
                new JobRunner(context.api(), workflowId, options, reporter, context.output());
        Thread hook =
                new Thread(
                        () -> {
                            runner.requestStop();
                            runner.awaitFinished(STOP_TIMEOUT);
                        },
                        "torc-run-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            return runner.run();
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // Shutting down already: the hook is running and waits for the runner.
            }
        }
    }
}
