package org.torc.job;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.torc.persistence.Database;
import org.torc.records.Jdbc;
import org.torc.records.Page;
import org.torc.records.PageRequest;
import org.torc.records.RecordStore;

/**
 * The workflow's graph as flat, paged lists with names: which job waits for which, and which jobs
 * produce and consume each file and user data record.
 */
@ApplicationScoped
public class JobRelations {

    private Database database;

    protected JobRelations() {}

    @Inject
    public JobRelations(Database database) {
        this.database = database;
    }

    /** "job waits for depends_on_job". */
    public record Dependency(
            @JsonProperty("job_id") long jobId,
            @JsonProperty("job_name") String jobName,
            @JsonProperty("depends_on_job_id") long dependsOnJobId,
            @JsonProperty("depends_on_job_name") String dependsOnJobName,
            @JsonProperty("workflow_id") long workflowId) {}

    /** One producer/consumer pair of a file; either side is absent when no job has it. */
    public record FileRelation(
            @JsonProperty("file_id") long fileId,
            @JsonProperty("file_name") String fileName,
            @JsonProperty("file_path") String filePath,
            @JsonProperty("producer_job_id") Long producerJobId,
            @JsonProperty("producer_job_name") String producerJobName,
            @JsonProperty("consumer_job_id") Long consumerJobId,
            @JsonProperty("consumer_job_name") String consumerJobName,
            @JsonProperty("workflow_id") long workflowId) {}

    /** One producer/consumer pair of a user data record. */
    public record UserDataRelation(
            @JsonProperty("user_data_id") long userDataId,
            @JsonProperty("user_data_name") String userDataName,
            @JsonProperty("producer_job_id") Long producerJobId,
            @JsonProperty("producer_job_name") String producerJobName,
            @JsonProperty("consumer_job_id") Long consumerJobId,
            @JsonProperty("consumer_job_name") String consumerJobName,
            @JsonProperty("workflow_id") long workflowId) {}

    public Page<Dependency> dependencies(long workflowId, PageRequest page) {
        return page(
                workflowId,
                page,
                "SELECT d.job_id, j.name, d.depends_on_job_id, u.name",
                " FROM job_depends_on d JOIN job j ON j.id = d.job_id"
                        + " JOIN job u ON u.id = d.depends_on_job_id WHERE d.workflow_id = ?",
                " ORDER BY d.job_id, d.depends_on_job_id",
                row ->
                        new Dependency(
                                row.getLong(1),
                                row.getString(2),
                                row.getLong(3),
                                row.getString(4),
                                workflowId));
    }

    public Page<FileRelation> files(long workflowId, PageRequest page) {
        return page(
                workflowId,
                page,
                "SELECT f.id, f.name, f.path, p.id, p.name, c.id, c.name",
                " FROM file f LEFT JOIN job_output_file o ON o.file_id = f.id"
                        + " LEFT JOIN job p ON p.id = o.job_id"
                        + " LEFT JOIN job_input_file i ON i.file_id = f.id"
                        + " LEFT JOIN job c ON c.id = i.job_id WHERE f.workflow_id = ?",
                " ORDER BY f.id, p.id, c.id",
                row ->
                        new FileRelation(
                                row.getLong(1),
                                row.getString(2),
                                row.getString(3),
                                row.getObject(4, Long.class),
                                row.getString(5),
                                row.getObject(6, Long.class),
                                row.getString(7),
                                workflowId));
    }

    public Page<UserDataRelation> userData(long workflowId, PageRequest page) {
        return page(
                workflowId,
                page,
                "SELECT u.id, u.name, p.id, p.name, c.id, c.name",
                " FROM user_data u LEFT JOIN job_output_user_data o ON o.user_data_id = u.id"
                        + " LEFT JOIN job p ON p.id = o.job_id"
                        + " LEFT JOIN job_input_user_data i ON i.user_data_id = u.id"
                        + " LEFT JOIN job c ON c.id = i.job_id WHERE u.workflow_id = ?",
                " ORDER BY u.id, p.id, c.id",
                row ->
                        new UserDataRelation(
                                row.getLong(1),
                                row.getString(2),
                                row.getObject(3, Long.class),
                                row.getString(4),
                                row.getObject(5, Long.class),
                                row.getString(6),
                                workflowId));
    }

    /**
     * One page of relation rows of an existing workflow, with their total count.
     *
     * @param from the {@code FROM ... WHERE} clause, whose only parameter is the workflow id
     * @param orderBy the order of the rows, which the pages follow
     */
    private <T> Page<T> page(
            long workflowId,
            PageRequest page,
            String select,
            String from,
            String orderBy,
            Jdbc.RowMapper<T> mapper) {
        return database.inTransaction(
                em -> {
                    RecordStore.requireWorkflow(em, workflowId);
                    Jdbc jdbc = Jdbc.of(em);
                    long total = jdbc.number("SELECT COUNT(*)" + from, workflowId);
                    List<T> items =
                            jdbc.list(
                                    select + from + orderBy + " LIMIT ? OFFSET ?",
                                    mapper,
                                    workflowId,
                                    page.limit(),
                                    page.offset());
                    return Page.of(items, page, total);
                });
    }
}
