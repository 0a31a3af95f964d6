package org.torc.job;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where a job is in its life cycle, under the contract's names.
 *
 * <p>uninitialized -> (initialize) blocked | ready -> (claim) pending -> (start) running ->
 * (complete) completed | failed | canceled | terminated | pending_failed. A blocked job becomes
 * ready when its last upstream job is done, or canceled when an upstream job failed and it asked
 * for that. Disabled jobs take no part.
 */
public enum JobStatus {
    UNINITIALIZED("uninitialized"),
    BLOCKED("blocked"),
    READY("ready"),
    PENDING("pending"),
    RUNNING("running"),
    COMPLETED("completed"),
    FAILED("failed"),
    CANCELED("canceled"),
    TERMINATED("terminated"),
    DISABLED("disabled"),
    /** Failed, but held for a decision (retry or give up) instead of releasing dependents. */
    PENDING_FAILED("pending_failed");

    /** Finished for good: downstream jobs no longer wait for these. */
    public static final Set<JobStatus> DONE =
            EnumSet.of(COMPLETED, FAILED, CANCELED, TERMINATED, DISABLED);

    /** Done without success: dependents that ask for it are canceled. */
    public static final Set<JobStatus> UNSUCCESSFUL = EnumSet.of(FAILED, CANCELED, TERMINATED);

    /** The statuses {@code complete_job} accepts. */
    public static final Set<JobStatus> COMPLETION =
            EnumSet.of(COMPLETED, FAILED, CANCELED, TERMINATED, PENDING_FAILED);

    /** Claimed or running: what canceling a workflow stops. */
    public static final Set<JobStatus> ACTIVE = EnumSet.of(PENDING, RUNNING);

    private final String wireName;

    JobStatus(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    @Override
    public String toString() {
        return wireName;
    }

    public boolean isDone() {
        return DONE.contains(this);
    }

    /** Parses the contract's name; also used by JAX-RS for path and query parameters. */
    @JsonCreator
    public static JobStatus fromString(String name) {
        return Arrays.stream(values())
                .filter(status -> status.wireName.equals(name))
                .findFirst()
                .orElseThrow(
                        () ->
                                new IllegalArgumentException(
                                        "unknown job status '"
                                                + name
                                                + "'; use one of "
                                                + names()));
    }

    private static String names() {
        return Arrays.stream(values()).map(JobStatus::wireName).collect(Collectors.joining(", "));
    }

    /** The SQL list of the given statuses' names, e.g. {@code ('ready','blocked')}. */
    public static String sqlList(Set<JobStatus> statuses) {
        return statuses.stream()
                .map(status -> "'" + status.wireName + "'")
                .collect(Collectors.joining(",", "(", ")"));
    }

    /** Stores the contract's name in the database. */
    @Converter
    public static class Column implements AttributeConverter<JobStatus, String> {
        @Override
        public String convertToDatabaseColumn(JobStatus status) {
            return status == null ? null : status.wireName;
        }

        @Override
        public JobStatus convertToEntityAttribute(String name) {
            return name == null ? null : fromString(name);
        }
    }
}
