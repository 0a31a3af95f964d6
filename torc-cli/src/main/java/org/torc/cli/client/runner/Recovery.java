package org.torc.cli.client.runner;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * A failure handler's recovery script, run with {@code bash -c} before a failed job's next attempt,
 * with the job's {@code TORC_*} variables and {@code TORC_RETURN_CODE}. Its output goes beside the
 * job's. A failing recovery script is reported; the retry happens anyway.
 */
final class Recovery {

    private Recovery() {}

    static void run(
            RunningJob job,
            String script,
            int returnCode,
            Map<String, String> environment,
            Reporter reporter) {
        Path out = Path.of(job.stdout() + ".recovery");
        ProcessBuilder builder =
                new ProcessBuilder("bash", "-c", script)
                        .redirectErrorStream(true)
                        .redirectOutput(out.toFile());
        builder.environment().putAll(environment);
        builder.environment().put("TORC_RETURN_CODE", Integer.toString(returnCode));
        try {
            int code = builder.start().waitFor();
            if (code != 0) {
                reporter.notice(
                        "recovery script of job '"
                                + job.name()
                                + "' returned "
                                + code
                                + "; retrying anyway, see "
                                + out);
            }
        } catch (IOException e) {
            reporter.notice(
                    "cannot run the recovery script of job '"
                            + job.name()
                            + "': "
                            + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
