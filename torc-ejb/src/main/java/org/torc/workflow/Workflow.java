package org.torc.workflow;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.torc.records.Updatable;

/**
 * A workflow: its name, owner and the settings its compute nodes follow, plus its run state (run
 * id, canceled, archived), which the contract shows separately as the workflow's status.
 */
@Entity
@Table(name = "workflow")
public class Workflow implements Updatable<Workflow> {

    @Id
    @Column(name = "id")
    @JsonProperty("id")
    private Long id;

    @Column(name = "name")
    @JsonProperty("name")
    private String name;

    @Column(name = "owner_name")
    @JsonProperty("user")
    private String user;

    @Column(name = "description")
    @JsonProperty("description")
    private String description;

    @Column(name = "created_at")
    @JsonIgnore
    private OffsetDateTime createdAt;

    @Column(name = "compute_node_expiration_buffer_seconds")
    @JsonProperty("compute_node_expiration_buffer_seconds")
    private Long computeNodeExpirationBufferSeconds;

    @Column(name = "compute_node_wait_for_new_jobs_seconds")
    @JsonProperty("compute_node_wait_for_new_jobs_seconds")
    private Long computeNodeWaitForNewJobsSeconds;

    @Column(name = "compute_node_ignore_workflow_completion")
    @JsonProperty("compute_node_ignore_workflow_completion")
    private Boolean computeNodeIgnoreWorkflowCompletion;

    @Column(name = "compute_node_wait_for_healthy_database_minutes")
    @JsonProperty("compute_node_wait_for_healthy_database_minutes")
    private Long computeNodeWaitForHealthyDatabaseMinutes;

    @Column(name = "compute_node_min_time_for_new_jobs_seconds")
    @JsonProperty("compute_node_min_time_for_new_jobs_seconds")
    private Long computeNodeMinTimeForNewJobsSeconds;

    @Column(name = "jobs_sort_method")
    @Convert(converter = JobsSortMethod.Column.class)
    @JsonProperty("jobs_sort_method")
    private JobsSortMethod jobsSortMethod;

    @Column(name = "resource_monitor_config")
    @JsonProperty("resource_monitor_config")
    private String resourceMonitorConfig;

    @Column(name = "slurm_defaults")
    @JsonProperty("slurm_defaults")
    private String slurmDefaults;

    @Column(name = "use_pending_failed")
    @JsonProperty("use_pending_failed")
    private Boolean usePendingFailed;

    @Column(name = "run_id")
    @JsonIgnore
    private Long runId;

    @Column(name = "is_canceled")
    @JsonIgnore
    private Boolean canceled;

    @Column(name = "is_archived")
    @JsonIgnore
    private Boolean archived;

    @Column(name = "needs_completion_script")
    @JsonIgnore
    private Boolean needsCompletionScript;

    protected Workflow() {}

    public Workflow(String name, String user) {
        this.name = name;
        this.user = user;
    }

    /** Fills what the client left out with the contract's defaults and starts run 0. */
    void prepareForCreation(Instant now) {
        createdAt = now.truncatedTo(ChronoUnit.MILLIS).atOffset(ZoneOffset.UTC);
        computeNodeExpirationBufferSeconds = orElse(computeNodeExpirationBufferSeconds, 60L);
        computeNodeWaitForNewJobsSeconds = orElse(computeNodeWaitForNewJobsSeconds, 90L);
        computeNodeIgnoreWorkflowCompletion = orElse(computeNodeIgnoreWorkflowCompletion, false);
        computeNodeWaitForHealthyDatabaseMinutes =
                orElse(computeNodeWaitForHealthyDatabaseMinutes, 20L);
        computeNodeMinTimeForNewJobsSeconds = orElse(computeNodeMinTimeForNewJobsSeconds, 300L);
        jobsSortMethod = orElse(jobsSortMethod, JobsSortMethod.GPUS_RUNTIME_MEMORY);
        usePendingFailed = orElse(usePendingFailed, false);
        runId = 0L;
        canceled = false;
        archived = false;
        needsCompletionScript = false;
    }

    private static <T> T orElse(T value, T fallback) {
        return value == null ? fallback : value;
    }

    @Override
    public void applyChanges(Workflow changes) {
        name = orElse(changes.name, name);
        user = orElse(changes.user, user);
        description = orElse(changes.description, description);
        computeNodeExpirationBufferSeconds =
                orElse(
                        changes.computeNodeExpirationBufferSeconds,
                        computeNodeExpirationBufferSeconds);
        computeNodeWaitForNewJobsSeconds =
                orElse(changes.computeNodeWaitForNewJobsSeconds, computeNodeWaitForNewJobsSeconds);
        computeNodeIgnoreWorkflowCompletion =
                orElse(
                        changes.computeNodeIgnoreWorkflowCompletion,
                        computeNodeIgnoreWorkflowCompletion);
        computeNodeWaitForHealthyDatabaseMinutes =
                orElse(
                        changes.computeNodeWaitForHealthyDatabaseMinutes,
                        computeNodeWaitForHealthyDatabaseMinutes);
        computeNodeMinTimeForNewJobsSeconds =
                orElse(
                        changes.computeNodeMinTimeForNewJobsSeconds,
                        computeNodeMinTimeForNewJobsSeconds);
        jobsSortMethod = orElse(changes.jobsSortMethod, jobsSortMethod);
        resourceMonitorConfig = orElse(changes.resourceMonitorConfig, resourceMonitorConfig);
        slurmDefaults = orElse(changes.slurmDefaults, slurmDefaults);
        usePendingFailed = orElse(changes.usePendingFailed, usePendingFailed);
    }

    void assignId(long id) {
        this.id = id;
    }

    void assignOwner(String owner) {
        this.user = owner;
    }

    /** The status record has no id of its own: it is the workflow's. */
    @JsonProperty(value = "status_id", access = JsonProperty.Access.READ_ONLY)
    public Long statusId() {
        return id;
    }

    /** When the workflow was created, as ISO-8601 UTC with milliseconds. */
    @JsonProperty(value = "timestamp", access = JsonProperty.Access.READ_ONLY)
    public String timestamp() {
        return createdAt == null
                ? null
                : DateTimeFormatter.ISO_INSTANT.format(createdAt.toInstant());
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String user() {
        return user;
    }

    public String description() {
        return description;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public JobsSortMethod jobsSortMethod() {
        return jobsSortMethod;
    }

    public boolean usePendingFailed() {
        return Boolean.TRUE.equals(usePendingFailed);
    }

    public WorkflowStatus status() {
        return new WorkflowStatus(
                id,
                Boolean.TRUE.equals(canceled),
                Boolean.TRUE.equals(archived),
                runId == null ? 0 : runId,
                Boolean.TRUE.equals(needsCompletionScript));
    }

    void applyStatus(WorkflowStatus status) {
        canceled = status.isCanceled();
        archived = status.isArchived();
        runId = status.runId();
        needsCompletionScript = status.needsCompletionScript();
    }
}
