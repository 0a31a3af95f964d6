package org.torc.cli.client.workflows;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.torc.cli.client.http.ApiException;
import org.torc.cli.client.http.TorcApi;
import org.torc.cli.client.spec.PlannedJob;
import org.torc.cli.client.spec.PlannedRecord;
import org.torc.cli.client.spec.WorkflowPlan;

/**
 * Creates a planned workflow on the server: the workflow, then its files, user data, resource
 * requirements, schedulers and failure handlers, then its jobs in {@code bulk_jobs} batches of at
 * most 10,000, each batch after the jobs its jobs depend on.
 *
 * <p>All or nothing: if any step fails, or the process is interrupted, the workflow is deleted, so
 * no half-created workflow is left behind.
 */
public final class WorkflowCreator {

    /** The most jobs sent in one {@code bulk_jobs} request, as the contract recommends. */
    public static final int MAX_BATCH = 10_000;

    private static final Logger LOG = Logger.getLogger(WorkflowCreator.class.getName());
    private static final int PARALLEL_REQUESTS = 8;
    private static final int PARALLEL_THRESHOLD = 50;
    private static final JsonFactory JSON = new JsonFactory();

    private final TorcApi api;
    private final WorkflowPlan plan;

    public WorkflowCreator(TorcApi api, WorkflowPlan plan) {
        this.api = api;
        this.plan = plan;
    }

    /** Creates the workflow for {@code user} unless the plan names one; returns its id. */
    public long create(String user) {
        ObjectNode workflow = plan.workflow();
        if (!workflow.hasNonNull("user")) {
            workflow.put("user", user);
        }
        long id = api.post("/workflows", workflow).path("id").asLong();
        Thread cleanup = new Thread(() -> deleteQuietly(id), "torc-create-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
        try {
            createContents(id);
            LOG.log(
                    Level.INFO,
                    "Created workflow {0} with {1} jobs",
                    new Object[] {id, plan.jobs().size()});
            return id;
        } catch (RuntimeException e) {
            deleteQuietly(id);
            throw e;
        } finally {
            removeHook(cleanup);
        }
    }

    private void createContents(long id) {
        long[] files = createAll(id, plan.files());
        long[] userData = createAll(id, plan.userData());
        long[] resources = createAll(id, plan.resourceRequirements());
        long[] schedulers = createAll(id, plan.schedulers());
        long[] handlers = createAll(id, plan.failureHandlers());
        Ids ids =
                new Ids(
                        files,
                        userData,
                        resources,
                        schedulers,
                        handlers,
                        new long[plan.jobs().size()]);
        for (int[] batch : plan.creationBatches(MAX_BATCH)) {
            createJobs(id, batch, ids);
        }
    }

    /** Server ids of the plan's records, by their position in the plan. */
    private record Ids(
            long[] files,
            long[] userData,
            long[] resources,
            long[] schedulers,
            long[] handlers,
            long[] jobs) {}

    private long[] createAll(long workflowId, List<PlannedRecord> records) {
        long[] ids = new long[records.size()];
        if (records.size() < PARALLEL_THRESHOLD) {
            for (int i = 0; i < ids.length; i++) {
                ids[i] = createRecord(workflowId, records.get(i));
            }
            return ids;
        }
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL_REQUESTS);
        try {
            @SuppressWarnings("unchecked")
            Future<Long>[] futures = new Future[ids.length];
            for (int i = 0; i < ids.length; i++) {
                PlannedRecord record = records.get(i);
                futures[i] = pool.submit(() -> createRecord(workflowId, record));
            }
            for (int i = 0; i < ids.length; i++) {
                ids[i] = await(futures[i]);
            }
            return ids;
        } finally {
            pool.shutdownNow();
        }
    }

    private static long await(Future<Long> future) {
        try {
            return future.get();
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException) {
                throw (RuntimeException) e.getCause();
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating the workflow", e);
        }
    }

    private long createRecord(long workflowId, PlannedRecord record) {
        ObjectNode body = record.body().deepCopy();
        body.put("workflow_id", workflowId);
        JsonNode created = api.post("/" + record.collection(), body);
        if (!created.path("id").canConvertToLong()) {
            throw new ApiException(
                    ApiException.Kind.PROTOCOL,
                    0,
                    "the server did not return an id for "
                            + record.collection()
                            + " '"
                            + record.name()
                            + "'");
        }
        return created.path("id").asLong();
    }

    private void createJobs(long workflowId, int[] batch, Ids ids) {
        JsonNode created = api.post("/bulk_jobs", jobsBody(workflowId, batch, ids)).path("jobs");
        if (created.size() != batch.length) {
            throw new ApiException(
                    ApiException.Kind.PROTOCOL,
                    0,
                    "bulk_jobs created " + created.size() + " of " + batch.length + " jobs");
        }
        for (int i = 0; i < batch.length; i++) {
            ids.jobs()[batch[i]] = created.get(i).path("id").asLong();
        }
    }

    /** The request body, written straight to bytes: a batch may hold 10,000 jobs. */
    private byte[] jobsBody(long workflowId, int[] batch, Ids ids) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(batch.length * 256);
        try (JsonGenerator json = JSON.createGenerator(bytes)) {
            json.writeStartObject();
            json.writeArrayFieldStart("jobs");
            for (int index : batch) {
                writeJob(json, workflowId, plan.jobs().get(index), ids);
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void writeJob(JsonGenerator json, long workflowId, PlannedJob job, Ids ids)
            throws IOException {
        json.writeStartObject();
        json.writeNumberField("workflow_id", workflowId);
        json.writeStringField("name", job.name());
        json.writeStringField("command", job.command());
        writeOptional(json, "invocation_script", job.invocationScript());
        writeOptional(json, "cancel_on_blocking_job_failure", job.cancelOnBlockingJobFailure());
        writeOptional(json, "supports_termination", job.supportsTermination());
        writeIds(json, "depends_on_job_ids", job.dependsOn(), ids.jobs());
        writeIds(json, "input_file_ids", job.inputFiles(), ids.files());
        writeIds(json, "output_file_ids", job.outputFiles(), ids.files());
        writeIds(json, "input_user_data_ids", job.inputUserData(), ids.userData());
        writeIds(json, "output_user_data_ids", job.outputUserData(), ids.userData());
        writeReference(
                json, "resource_requirements_id", job.resourceRequirements(), ids.resources());
        writeReference(json, "scheduler_id", job.scheduler(), ids.schedulers());
        writeReference(json, "failure_handler_id", job.failureHandler(), ids.handlers());
        json.writeEndObject();
    }

    private static void writeOptional(JsonGenerator json, String field, Object value)
            throws IOException {
        if (value instanceof String) {
            json.writeStringField(field, (String) value);
        } else if (value instanceof Boolean) {
            json.writeBooleanField(field, (Boolean) value);
        }
    }

    private static void writeIds(JsonGenerator json, String field, int[] indexes, long[] ids)
            throws IOException {
        if (indexes.length == 0) {
            return;
        }
        json.writeArrayFieldStart(field);
        for (int index : indexes) {
            json.writeNumber(ids[index]);
        }
        json.writeEndArray();
    }

    private static void writeReference(JsonGenerator json, String field, int index, long[] ids)
            throws IOException {
        if (index >= 0) {
            json.writeNumberField(field, ids[index]);
        }
    }

    private void deleteQuietly(long id) {
        try {
            api.delete("/workflows/" + id);
            LOG.log(Level.INFO, "Deleted the partly created workflow {0}", id);
        } catch (ApiException e) {
            LOG.log(
                    Level.WARNING,
                    "Could not delete the partly created workflow {0}: {1}",
                    new Object[] {id, e.getMessage()});
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // The JVM is already shutting down; the hook runs and deletes the workflow.
        }
    }
}
