package org.torc.result;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.torc.job.JobStatus;
import org.torc.records.Updatable;
import org.torc.records.WorkflowRecord;

/** The outcome of one run of one job. The latest completion of each job is its current result. */
@Entity
@Table(name = "result")
public class JobResult extends WorkflowRecord implements Updatable<JobResult> {

    @Column(name = "job_id")
    @JsonProperty("job_id")
    private Long jobId;

    @Column(name = "run_id")
    @JsonProperty("run_id")
    private Long runId;

    @Column(name = "attempt_id")
    @JsonProperty("attempt_id")
    private Long attemptId;

    @Column(name = "compute_node_id")
    @JsonProperty("compute_node_id")
    private Long computeNodeId;

    @Column(name = "return_code")
    @JsonProperty("return_code")
    private Long returnCode;

    @Column(name = "exec_time_minutes")
    @JsonProperty("exec_time_minutes")
    private Double execTimeMinutes;

    @Column(name = "completion_time")
    @JsonProperty("completion_time")
    private String completionTime;

    @Column(name = "status")
    @Convert(converter = JobStatus.Column.class)
    @JsonProperty("status")
    private JobStatus status;

    @Column(name = "peak_memory_bytes")
    @JsonProperty("peak_memory_bytes")
    private Long peakMemoryBytes;

    @Column(name = "avg_memory_bytes")
    @JsonProperty("avg_memory_bytes")
    private Long avgMemoryBytes;

    @Column(name = "peak_cpu_percent")
    @JsonProperty("peak_cpu_percent")
    private Double peakCpuPercent;

    @Column(name = "avg_cpu_percent")
    @JsonProperty("avg_cpu_percent")
    private Double avgCpuPercent;

    @Column(name = "is_current")
    @JsonIgnore
    private Boolean current;

    protected JobResult() {}

    public JobResult(Long workflowId) {
        super(workflowId);
    }

    /** A result stored by completing a job: the server decides whose and which run it is. */
    void prepareForCompletion(long jobId, long workflowId, long runId, Instant now) {
        this.jobId = jobId;
        assignWorkflowId(workflowId);
        this.runId = runId;
        prepareForHistory(now);
        this.current = true;
    }

    /** Fills the fields a client may leave out; a result posted directly is not current. */
    void prepareForHistory(Instant now) {
        attemptId = attemptId == null ? 1 : attemptId;
        computeNodeId = computeNodeId == null ? 0 : computeNodeId;
        execTimeMinutes = execTimeMinutes == null ? 0.0 : execTimeMinutes;
        completionTime = completionTime == null ? now.toString() : completionTime;
        current = current != null && current;
    }

    /** Completion records the job's attempt and the status it completed with. */
    public void assignOutcome(long attemptId, JobStatus status) {
        this.attemptId = attemptId;
        this.status = status;
    }

    @Override
    public void applyChanges(JobResult changes) {
        jobId = changes.jobId == null ? jobId : changes.jobId;
        runId = changes.runId == null ? runId : changes.runId;
        attemptId = changes.attemptId == null ? attemptId : changes.attemptId;
        computeNodeId = changes.computeNodeId == null ? computeNodeId : changes.computeNodeId;
        returnCode = changes.returnCode == null ? returnCode : changes.returnCode;
        execTimeMinutes =
                changes.execTimeMinutes == null ? execTimeMinutes : changes.execTimeMinutes;
        completionTime = changes.completionTime == null ? completionTime : changes.completionTime;
        status = changes.status == null ? status : changes.status;
        peakMemoryBytes =
                changes.peakMemoryBytes == null ? peakMemoryBytes : changes.peakMemoryBytes;
        avgMemoryBytes = changes.avgMemoryBytes == null ? avgMemoryBytes : changes.avgMemoryBytes;
        peakCpuPercent = changes.peakCpuPercent == null ? peakCpuPercent : changes.peakCpuPercent;
        avgCpuPercent = changes.avgCpuPercent == null ? avgCpuPercent : changes.avgCpuPercent;
    }

    public Long jobId() {
        return jobId;
    }

    public Long runId() {
        return runId;
    }

    public Long attemptId() {
        return attemptId;
    }

    public Long computeNodeId() {
        return computeNodeId;
    }

    public Long returnCode() {
        return returnCode;
    }

    public Double execTimeMinutes() {
        return execTimeMinutes;
    }

    public String completionTime() {
        return completionTime;
    }

    public JobStatus status() {
        return status;
    }

    public Long peakMemoryBytes() {
        return peakMemoryBytes;
    }

    public Long avgMemoryBytes() {
        return avgMemoryBytes;
    }

    public Double peakCpuPercent() {
        return peakCpuPercent;
    }

    public Double avgCpuPercent() {
        return avgCpuPercent;
    }

    public Boolean current() {
        return current;
    }
}
