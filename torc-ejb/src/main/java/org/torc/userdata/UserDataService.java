package org.torc.userdata;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.torc.persistence.Database;
import org.torc.problem.ServiceException;
import org.torc.records.Jdbc;
import org.torc.records.Page;
import org.torc.records.PageRequest;
import org.torc.records.RecordQuery;
import org.torc.records.RecordStore;
import org.torc.records.Require;
import org.torc.records.WorkflowRecordService;

/** User data of a workflow: JSON values that jobs read and write through the server. */
@ApplicationScoped
public class UserDataService extends WorkflowRecordService<UserData> {

    private static final RecordStore<UserData> USER_DATA =
            new RecordStore<>(UserData.class, "user data");

    protected UserDataService() {}

    @Inject
    public UserDataService(Database database) {
        super(database, USER_DATA);
    }

    /**
     * Stores a user data record and, when given, links it as an input of {@code consumerJobId} and
     * an output of {@code producerJobId}; both jobs must belong to the record's workflow.
     */
    public UserData create(UserData userData, Long consumerJobId, Long producerJobId) {
        Require.present(userData.name(), "name");
        userData.prepareForCreation();
        return inTransaction(
                em -> {
                    UserData created = USER_DATA.create(em, userData);
                    link(em, created, consumerJobId, "job_input_user_data");
                    link(em, created, producerJobId, "job_output_user_data");
                    return created;
                });
    }

    private static void link(EntityManager em, UserData userData, Long jobId, String table) {
        if (jobId == null) {
            return;
        }
        Jdbc jdbc = Jdbc.of(em);
        long found =
                jdbc.number(
                        "SELECT COUNT(*) FROM job WHERE id = ? AND workflow_id = ?",
                        jobId,
                        userData.workflowId());
        if (found == 0) {
            throw ServiceException.notFound("job", jobId);
        }
        jdbc.update(
                "INSERT INTO " + table + " (job_id, user_data_id, workflow_id) VALUES (?, ?, ?)",
                jobId,
                userData.id(),
                userData.workflowId());
    }

    /** The list filters of the contract; every one is optional. */
    public record Filter(
            Long consumerJobId, Long producerJobId, String name, Boolean isEphemeral) {}

    public Page<UserData> list(long workflowId, Filter filter, PageRequest page) {
        RecordQuery query =
                RecordQuery.all()
                        .equal("name", filter.name())
                        .equal("ephemeral", filter.isEphemeral())
                        .where(
                                "e.id IN (SELECT i.otherId FROM JobInputUserData i"
                                        + " WHERE i.jobId = :%s)",
                                filter.consumerJobId())
                        .where(
                                "e.id IN (SELECT o.otherId FROM JobOutputUserData o"
                                        + " WHERE o.jobId = :%s)",
                                filter.producerJobId());
        return listMatching(workflowId, query, page);
    }

    /**
     * User data that some job reads, no job writes, and that has no value yet: the user must
     * provide it before the workflow can run.
     */
    public List<Long> missingUserData(long workflowId) {
        return inTransaction(
                em -> {
                    RecordStore.requireWorkflow(em, workflowId);
                    return Jdbc.of(em)
                            .ids(
                                    "SELECT u.id FROM user_data u WHERE u.workflow_id = ?"
                                            + " AND u.data IS NULL"
                                            + " AND EXISTS (SELECT 1 FROM job_input_user_data i"
                                            + " WHERE i.user_data_id = u.id)"
                                            + " AND NOT EXISTS (SELECT 1 FROM job_output_user_data"
                                            + " o WHERE o.user_data_id = u.id)"
                                            + " ORDER BY u.id",
                                    workflowId);
                });
    }
}
