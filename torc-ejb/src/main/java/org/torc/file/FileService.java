package org.torc.file;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.torc.persistence.Database;
import org.torc.records.Jdbc;
import org.torc.records.Page;
import org.torc.records.PageRequest;
import org.torc.records.RecordQuery;
import org.torc.records.RecordStore;
import org.torc.records.Require;
import org.torc.records.WorkflowRecordService;

/** Files of a workflow and which of them must exist before it runs. */
@ApplicationScoped
public class FileService extends WorkflowRecordService<FileRecord> {

    private static final RecordStore<FileRecord> FILES =
            new RecordStore<>(FileRecord.class, "file");

    protected FileService() {}

    @Inject
    public FileService(Database database) {
        super(database, FILES);
    }

    public FileRecord create(FileRecord file) {
        Require.present(file.name(), "name");
        Require.present(file.path(), "path");
        return insert(file);
    }

    /** The list filters of the contract; every one is optional. */
    public record Filter(Long producedByJobId, String name, String path, Boolean isOutput) {}

    public Page<FileRecord> list(long workflowId, Filter filter, PageRequest page) {
        RecordQuery query =
                RecordQuery.all()
                        .equal("name", filter.name())
                        .equal("path", filter.path())
                        .where(
                                "e.id IN (SELECT o.otherId FROM JobOutputFile o"
                                        + " WHERE o.jobId = :%s)",
                                filter.producedByJobId());
        if (filter.isOutput() != null) {
            query.where(
                    (filter.isOutput() ? "" : "NOT ")
                            + "EXISTS (SELECT o FROM JobOutputFile o WHERE o.otherId = e.id)");
        }
        return listMatching(workflowId, query, page);
    }

    /**
     * The files some job reads and no job writes: the user provides them, so they must exist before
     * the workflow starts.
     */
    public List<Long> requiredExistingFiles(long workflowId) {
        return inTransaction(
                em -> {
                    RecordStore.requireWorkflow(em, workflowId);
                    return Jdbc.of(em)
                            .ids(
                                    "SELECT f.id FROM file f WHERE f.workflow_id = ?"
                                            + " AND EXISTS (SELECT 1 FROM job_input_file i"
                                            + " WHERE i.file_id = f.id)"
                                            + " AND NOT EXISTS (SELECT 1 FROM job_output_file o"
                                            + " WHERE o.file_id = f.id)"
                                            + " ORDER BY f.id",
                                    workflowId);
                });
    }
}
