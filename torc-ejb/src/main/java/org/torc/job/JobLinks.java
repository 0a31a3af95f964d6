package org.torc.job;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.MappedSuperclass;
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

    /**
     * The columns every link row has. {@code otherId} is the far side (a job, file or user data
     * record); each link names its column.
     */
    @MappedSuperclass
    @IdClass(Key.class)
    public abstract static class Link {
        @Id
        @Column(name = "job_id")
        private Long jobId;

        @Id
        @Column(name = "other_id")
        private Long otherId;

        @Column(name = "workflow_id")
        private Long workflowId;

        protected Link() {}
    }

    /** "job waits for depends_on_job". */
    @Entity(name = "JobDependency")
    @Table(name = "job_depends_on")
    @AttributeOverride(name = "otherId", column = @Column(name = "depends_on_job_id"))
    public static class JobDependency extends Link {
        protected JobDependency() {}
    }

    /** "job reads file". */
    @Entity(name = "JobInputFile")
    @Table(name = "job_input_file")
    @AttributeOverride(name = "otherId", column = @Column(name = "file_id"))
    public static class JobInputFile extends Link {
        protected JobInputFile() {}
    }

    /** "job writes file". */
    @Entity(name = "JobOutputFile")
    @Table(name = "job_output_file")
    @AttributeOverride(name = "otherId", column = @Column(name = "file_id"))
    public static class JobOutputFile extends Link {
        protected JobOutputFile() {}
    }

    /** "job reads user data". */
    @Entity(name = "JobInputUserData")
    @Table(name = "job_input_user_data")
    @AttributeOverride(name = "otherId", column = @Column(name = "user_data_id"))
    public static class JobInputUserData extends Link {
        protected JobInputUserData() {}
    }

    /** "job writes user data". */
    @Entity(name = "JobOutputUserData")
    @Table(name = "job_output_user_data")
    @AttributeOverride(name = "otherId", column = @Column(name = "user_data_id"))
    public static class JobOutputUserData extends Link {
        protected JobOutputUserData() {}
    }
}
