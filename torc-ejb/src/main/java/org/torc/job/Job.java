package org.torc.job;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.util.List;
import org.torc.records.WorkflowRecord;

/**
 * A job: a command to run once its upstream jobs are done, with the files and user data it reads
 * and writes. The relationship lists are not columns: the job service fills them from their own
 * tables when a caller asks for them.
 */
@Entity
@Table(name = "job")
public class Job extends WorkflowRecord {

    @Column(name = "name")
    @JsonProperty("name")
    private String name;

    @Column(name = "command")
    @JsonProperty("command")
    private String command;

    @Column(name = "invocation_script")
    @JsonProperty("invocation_script")
    private String invocationScript;

    @Column(name = "status")
    @Convert(converter = JobStatus.Column.class)
    @JsonProperty("status")
    private JobStatus status;

    @Column(name = "cancel_on_blocking_job_failure")
    @JsonProperty("cancel_on_blocking_job_failure")
    private Boolean cancelOnBlockingJobFailure;

    @Column(name = "supports_termination")
    @JsonProperty("supports_termination")
    private Boolean supportsTermination;

    @Column(name = "resource_requirements_id")
    @JsonProperty("resource_requirements_id")
    private Long resourceRequirementsId;

    @Column(name = "scheduler_id")
    @JsonProperty("scheduler_id")
    private Long schedulerId;

    @Column(name = "failure_handler_id")
    @JsonProperty("failure_handler_id")
    private Long failureHandlerId;

    @Column(name = "attempt_id")
    @JsonProperty("attempt_id")
    private Long attemptId;

    @Column(name = "active_compute_node_id")
    @JsonIgnore
    private Long activeComputeNodeId;

    @Transient
    @JsonProperty("depends_on_job_ids")
    private List<Long> dependsOnJobIds;

    @Transient
    @JsonProperty("input_file_ids")
    private List<Long> inputFileIds;

    @Transient
    @JsonProperty("output_file_ids")
    private List<Long> outputFileIds;

    @Transient
    @JsonProperty("input_user_data_ids")
    private List<Long> inputUserDataIds;

    @Transient
    @JsonProperty("output_user_data_ids")
    private List<Long> outputUserDataIds;

    protected Job() {}

    public Job(Long workflowId, String name, String command) {
        super(workflowId);
        this.name = name;
        this.command = command;
    }

    /** Applies the contract's defaults to a new job, which always starts uninitialized. */
    void prepareForCreation(Long defaultResourceRequirementsId) {
        status = JobStatus.UNINITIALIZED;
        cancelOnBlockingJobFailure =
                cancelOnBlockingJobFailure == null || cancelOnBlockingJobFailure;
        supportsTermination = supportsTermination != null && supportsTermination;
        attemptId = 1L;
        activeComputeNodeId = null;
        if (resourceRequirementsId == null) {
            resourceRequirementsId = defaultResourceRequirementsId;
        }
    }

    /** Copies the descriptive fields present in {@code changes}; never the status. */
    void applyChanges(Job changes) {
        name = changes.name == null ? name : changes.name;
        command = changes.command == null ? command : changes.command;
        invocationScript =
                changes.invocationScript == null ? invocationScript : changes.invocationScript;
        cancelOnBlockingJobFailure =
                changes.cancelOnBlockingJobFailure == null
                        ? cancelOnBlockingJobFailure
                        : changes.cancelOnBlockingJobFailure;
        supportsTermination =
                changes.supportsTermination == null
                        ? supportsTermination
                        : changes.supportsTermination;
        resourceRequirementsId =
                changes.resourceRequirementsId == null
                        ? resourceRequirementsId
                        : changes.resourceRequirementsId;
        schedulerId = changes.schedulerId == null ? schedulerId : changes.schedulerId;
        failureHandlerId =
                changes.failureHandlerId == null ? failureHandlerId : changes.failureHandlerId;
    }

    void start(long computeNodeId) {
        status = JobStatus.RUNNING;
        activeComputeNodeId = computeNodeId;
    }

    /** Any status but running: the job no longer occupies a compute node. */
    void finish(JobStatus status) {
        this.status = status;
        if (status != JobStatus.RUNNING) {
            activeComputeNodeId = null;
        }
    }

    void retry() {
        status = JobStatus.READY;
        attemptId = attemptId() + 1;
        activeComputeNodeId = null;
    }

    void assignRelationships(Relationships relationships) {
        dependsOnJobIds = relationships.dependsOn();
        inputFileIds = relationships.inputFiles();
        outputFileIds = relationships.outputFiles();
        inputUserDataIds = relationships.inputUserData();
        outputUserDataIds = relationships.outputUserData();
    }

    /** The relationship lists as the client sent them (null lists mean none). */
    Relationships relationships() {
        return new Relationships(
                dependsOnJobIds, inputFileIds, outputFileIds, inputUserDataIds, outputUserDataIds);
    }

    /** True when the client sent at least one relationship list (an update that rewires). */
    boolean hasRelationships() {
        return dependsOnJobIds != null
                || inputFileIds != null
                || outputFileIds != null
                || inputUserDataIds != null
                || outputUserDataIds != null;
    }

    public String name() {
        return name;
    }

    public String command() {
        return command;
    }

    public JobStatus status() {
        return status;
    }

    public boolean cancelOnBlockingJobFailure() {
        return Boolean.TRUE.equals(cancelOnBlockingJobFailure);
    }

    public Long resourceRequirementsId() {
        return resourceRequirementsId;
    }

    public Long schedulerId() {
        return schedulerId;
    }

    public Long failureHandlerId() {
        return failureHandlerId;
    }

    public long attemptId() {
        return attemptId == null ? 1 : attemptId;
    }

    public Long activeComputeNodeId() {
        return activeComputeNodeId;
    }

    public List<Long> dependsOnJobIds() {
        return dependsOnJobIds;
    }

    public List<Long> inputFileIds() {
        return inputFileIds;
    }

    public List<Long> outputFileIds() {
        return outputFileIds;
    }

    public List<Long> inputUserDataIds() {
        return inputUserDataIds;
    }

    public List<Long> outputUserDataIds() {
        return outputUserDataIds;
    }
}
