package org.torc.resource;

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

/**
 * Resource requirements of a workflow's jobs. Each workflow has one named {@code default}, made
 * with the workflow, which jobs without requirements of their own use.
 */
@ApplicationScoped
public class ResourceRequirementsService extends WorkflowRecordService<ResourceRequirements> {

    static final RecordStore<ResourceRequirements> REQUIREMENTS =
            new RecordStore<>(ResourceRequirements.class, "resource requirements");

    protected ResourceRequirementsService() {}

    @Inject
    public ResourceRequirementsService(Database database) {
        super(database, REQUIREMENTS);
    }

    /** Stores the {@code default} record of a new workflow, in the workflow's transaction. */
    public static ResourceRequirements createDefault(EntityManager em, long workflowId) {
        ResourceRequirements requirements = ResourceRequirements.defaults(workflowId);
        REQUIREMENTS.insertAll(em, List.of(requirements));
        return requirements;
    }

    /** The id of the workflow's {@code default} record, or null if it was deleted. */
    public static Long defaultId(EntityManager em, long workflowId) {
        return Jdbc.of(em)
                .first(
                        "SELECT id FROM resource_requirements"
                                + " WHERE workflow_id = ? AND name = ? ORDER BY id",
                        row -> row.getLong(1),
                        workflowId,
                        ResourceRequirements.DEFAULT_NAME)
                .orElse(null);
    }

    public ResourceRequirements create(ResourceRequirements requirements) {
        Require.present(requirements.name(), "name");
        if (ResourceRequirements.DEFAULT_NAME.equals(requirements.name())) {
            throw ServiceException.invalid(
                    "the name 'default' is reserved for the record each workflow gets");
        }
        requirements.prepare();
        return insert(requirements);
    }

    /** Deletes a record no job uses; 409 while a job still refers to it. */
    @Override
    public ResourceRequirements delete(long id) {
        return inTransaction(
                em -> {
                    long users =
                            Jdbc.of(em)
                                    .number(
                                            "SELECT COUNT(*) FROM job"
                                                    + " WHERE resource_requirements_id = ?",
                                            id);
                    if (users > 0) {
                        throw ServiceException.conflict(
                                "resource requirements " + id + " are used by " + users + " jobs");
                    }
                    return REQUIREMENTS.delete(em, id);
                });
    }

    /** Deletes every record of the workflow after detaching the jobs that use them. */
    @Override
    public long deleteAll(long workflowId) {
        return inTransaction(
                em -> {
                    Jdbc.of(em)
                            .update(
                                    "UPDATE job SET resource_requirements_id = NULL"
                                            + " WHERE workflow_id = ?",
                                    workflowId);
                    return REQUIREMENTS.deleteAll(em, workflowId);
                });
    }

    /** The list filters of the contract; every one is optional. */
    public record Filter(
            Long jobId,
            String name,
            String memory,
            Long numCpus,
            Long numGpus,
            Long numNodes,
            Long runtimeSeconds) {}

    public Page<ResourceRequirements> list(long workflowId, Filter filter, PageRequest page) {
        RecordQuery query =
                RecordQuery.all()
                        .equal("name", filter.name())
                        .equal("memory", filter.memory())
                        .equal("numCpus", filter.numCpus())
                        .equal("numGpus", filter.numGpus())
                        .equal("numNodes", filter.numNodes())
                        .equal("runtimeSeconds", filter.runtimeSeconds())
                        .where(
                                "e.id IN (SELECT j.resourceRequirementsId FROM Job j"
                                        + " WHERE j.id = :%s)",
                                filter.jobId());
        return listMatching(workflowId, query, page);
    }
}
