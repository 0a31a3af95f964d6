package org.torc.cli.client.runner;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/**
 * One job's process: {@code bash -c} with the job's command (after its invocation script, if any),
 * the {@code TORC_*} variables set, standard output and error in files under {@code
 * OUTPUT_DIR/job_stdio/}.
 */
final class RunningJob {

    private final JsonNode job;
    private final Resources.Need need;
    private final Path stdout;
    private final Path stderr;
    private Process process;
    private long startNanos;
    private Instant started;
    private volatile boolean terminated;
    private int launchFailure = -1;

    RunningJob(JsonNode job, Resources.Need need, Path stdioDir, long runId) {
        this.job = job;
        this.need = need;
        String base =
                String.format("wf%d_job%d_run%d_attempt%d", workflowId(), id(), runId, attemptId());
        this.stdout = stdioDir.resolve(base + ".out");
        this.stderr = stdioDir.resolve(base + ".err");
    }

    long id() {
        return job.path("id").asLong();
    }

    long workflowId() {
        return job.path("workflow_id").asLong();
    }

    String name() {
        return job.path("name").asText();
    }

    int attemptId() {
        return job.path("attempt_id").asInt(1);
    }

    JsonNode job() {
        return job;
    }

    Resources.Need need() {
        return need;
    }

    boolean supportsTermination() {
        return job.path("supports_termination").asBoolean(false);
    }

    /** The text bash runs: the invocation script, then the command. */
    String script() {
        String command = job.path("command").asText();
        JsonNode invocation = job.path("invocation_script");
        return invocation.isTextual() && !invocation.asText().isBlank()
                ? invocation.asText().stripTrailing() + "\n" + command
                : command;
    }

    /** Starts the process; a job that cannot start counts as finished with code 127. */
    void start(Map<String, String> environment, Runnable onExit) {
        started = Instant.now();
        startNanos = System.nanoTime();
        try {
            Files.createDirectories(stdout.getParent());
            ProcessBuilder builder =
                    new ProcessBuilder("bash", "-c", script())
                            .redirectOutput(stdout.toFile())
                            .redirectError(stderr.toFile());
            builder.environment().putAll(environment);
            process = builder.start();
            process.onExit().thenRun(onExit);
        } catch (IOException e) {
            launchFailure = 127;
            writeLaunchFailure(e);
            onExit.run();
        }
    }

    private void writeLaunchFailure(IOException e) {
        try {
            Files.writeString(stderr, "torc: cannot start bash: " + e.getMessage() + "\n");
        } catch (IOException ignored) {
            // The job is reported failed with code 127 either way.
        }
    }

    boolean isFinished() {
        return launchFailure >= 0 || !process.isAlive();
    }

    int returnCode() {
        return launchFailure >= 0 ? launchFailure : process.exitValue();
    }

    Instant started() {
        return started;
    }

    double minutes() {
        return (System.nanoTime() - startNanos) / 60e9;
    }

    Path stdout() {
        return stdout;
    }

    Path stderr() {
        return stderr;
    }

    boolean wasTerminated() {
        return terminated;
    }

    /** SIGTERM to the job and its children: a request to stop cleanly. */
    void askToStop() {
        terminated = true;
        if (process != null && process.isAlive()) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
        }
    }

    /** SIGKILL to the job and its children. */
    void kill() {
        terminated = true;
        if (process != null && process.isAlive()) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    /** Waits for the process to end, at most {@code millis}. */
    void await(long millis) {
        if (process == null) {
            return;
        }
        try {
            process.waitFor(millis, java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
