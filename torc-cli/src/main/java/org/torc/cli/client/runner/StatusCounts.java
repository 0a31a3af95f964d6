package org.torc.cli.client.runner;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.torc.cli.client.http.ApiException;
import org.torc.cli.client.http.TorcApi;
import org.torc.cli.client.workflows.WorkflowsCommand;

/**
 * The workflow's jobs per status for the progress line, refreshed every two seconds on a thread of
 * its own: counting a large workflow's jobs takes the server a while, and the runner's loop must
 * not wait for it. While the server is away the last counts stay.
 */
final class StatusCounts implements AutoCloseable {

    private static final long REFRESH_SECONDS = 2;

    private final ScheduledExecutorService refresher =
            Executors.newSingleThreadScheduledExecutor(
                    task -> {
                        Thread thread = new Thread(task, "torc-progress-counts");
                        thread.setDaemon(true);
                        return thread;
                    });
    private volatile ObjectNode latest = JsonNodeFactory.instance.objectNode();

    StatusCounts(TorcApi api, long workflowId) {
        refresher.scheduleWithFixedDelay(
                () -> refresh(api, workflowId), 0, REFRESH_SECONDS, TimeUnit.SECONDS);
    }

    private void refresh(TorcApi api, long workflowId) {
        try {
            latest = WorkflowsCommand.jobCounts(api, workflowId);
        } catch (ApiException e) {
            // The runner reports an absent server itself; the progress line keeps old counts.
        }
    }

    ObjectNode latest() {
        return latest;
    }

    @Override
    public void close() {
        refresher.shutdownNow();
    }
}
