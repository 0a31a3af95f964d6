package org.torc.job;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * The link tables between jobs and what they depend on, read, and write, mapped so that JPQL
 * queries of other components can filter by them (for example "files produced by job 7"). Rows are
 * written with plain SQL by {@link JobService}.
 */
public final class JobLinks {

    private JobLinks() {}

    /** Key of a job-to-job or job-to-record link. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long jobId;
        private Long otherId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(jobId, key.jobId)
                    && Objects.equals(otherId, key.otherId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(jobId, otherId);
        }
    }

    /** "job waits for depends_on_job". */
    @Entity(name = "JobDependency")
    @Table(name = "job_depends_on")
    @IdClass(Key.class)
    public static class JobDependency {
        @Id
        @Column(name = "job_id")
        private Long jobId;

        @Id
        @Column(name = "depends_on_job_id")
        private Long otherId;

        @Column(name = "workflow_id")
        private Long workflowId;

        protected JobDependency() {}
    }

    /** "job reads file". */
    @Entity(name = "JobInputFile")
    @Table(name = "job_input_file")
    @IdClass(Key.class)
    public static class JobInputFile {
        @Id
        @Column(name = "job_id")
        private Long jobId;

        @Id
        @Column(name = "file_id")
        private Long otherId;

        @Column(name = "workflow_id")
        private Long workflowId;

        protected JobInputFile() {}
    }

    /** "job writes file". */
    @Entity(name = "JobOutputFile")
    @Table(name = "job_output_file")
    @IdClass(Key.class)
    public static class JobOutputFile {
        @Id
        @Column(name = "job_id")
        private Long jobId;

        @Id
        @Column(name = "file_id")
        private Long otherId;

        @Column(name = "workflow_id")
        private Long workflowId;

        protected JobOutputFile() {}
    }

    /** "job reads user data". */
    @Entity(name = "JobInputUserData")
    @Table(name = "job_input_user_data")
    @IdClass(Key.class)
    public static class JobInputUserData {
        @Id
        @Column(name = "job_id")
        private Long jobId;

        @Id
        @Column(name = "user_data_id")
        private Long otherId;

        @Column(name = "workflow_id")
        private Long workflowId;

        protected JobInputUserData() {}
    }

    /** "job writes user data". */
    @Entity(name = "JobOutputUserData")
    @Table(name = "job_output_user_data")
    @IdClass(Key.class)
    public static class JobOutputUserData {
        @Id
        @Column(name = "job_id")
        private Long jobId;

        @Id
        @Column(name = "user_data_id")
        private Long otherId;

        @Column(name = "workflow_id")
        private Long workflowId;

        protected JobOutputUserData() {}
    }
}
