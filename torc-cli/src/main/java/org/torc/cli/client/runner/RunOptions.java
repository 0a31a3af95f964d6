package org.torc.cli.client.runner;

import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Option;

/** The options of a local run, shared by {@code torc run} and {@code torc workflows run}. */
public final class RunOptions {

    @Option(
            names = "--max-parallel-jobs",
            paramLabel = "N",
            description = "Run at most N jobs at once, ignoring their resource requirements")
    Integer maxParallelJobs;

    @Option(
            names = "--num-cpus",
            paramLabel = "N",
            description = "CPUs jobs may use (default: all of this machine's)")
    Integer numCpus;

    @Option(
            names = "--memory-gb",
            paramLabel = "GB",
            description = "Memory jobs may use (default: all of this machine's)")
    Double memoryGb;

    @Option(
            names = "--num-gpus",
            paramLabel = "N",
            defaultValue = "0",
            description = "GPUs jobs may use (default ${DEFAULT-VALUE})")
    int numGpus;

    @Option(
            names = {"-o", "--output-dir"},
            paramLabel = "DIR",
            defaultValue = "output",
            description = "Where job output goes, under DIR/job_stdio (default ${DEFAULT-VALUE})")
    Path outputDir = Path.of("output");

    @Option(
            names = {"-p", "--poll-interval"},
            paramLabel = "SECONDS",
            defaultValue = "2",
            description = "How often to ask the server for ready jobs (default ${DEFAULT-VALUE})")
    double pollInterval = 2;

    @Option(
            names = "--server-wait",
            paramLabel = "SECONDS",
            defaultValue = "600",
            description =
                    "How long to keep retrying when the server is unreachable before giving up"
                            + " (default ${DEFAULT-VALUE})")
    double serverWait = 600;

    @Option(
            names = "--termination-grace",
            paramLabel = "SECONDS",
            defaultValue = "5",
            description =
                    "How long jobs have to stop after SIGTERM before SIGKILL"
                            + " (default ${DEFAULT-VALUE})")
    double terminationGrace = 5;

    Duration pollInterval() {
        return seconds(pollInterval);
    }

    Duration serverWait() {
        return seconds(serverWait);
    }

    Duration terminationGrace() {
        return seconds(terminationGrace);
    }

    private static Duration seconds(double value) {
        return Duration.ofMillis(Math.max(0, Math.round(value * 1000)));
    }
}
