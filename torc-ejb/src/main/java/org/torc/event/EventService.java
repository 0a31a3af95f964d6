package org.torc.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.torc.persistence.Database;
import org.torc.records.Page;
import org.torc.records.PageRequest;
import org.torc.records.RecordQuery;
import org.torc.records.RecordStore;
import org.torc.records.Require;
import org.torc.records.WorkflowRecordService;

/** Events of a workflow: those clients post, and those the server records itself. */
@ApplicationScoped
public class EventService extends WorkflowRecordService<WorkflowEvent> {

    static final RecordStore<WorkflowEvent> EVENTS =
            new RecordStore<>(WorkflowEvent.class, "event");

    protected EventService() {}

    @Inject
    public EventService(Database database) {
        super(database, EVENTS);
    }

    public WorkflowEvent create(WorkflowEvent event) {
        Require.present(event.data(), "data");
        event.prepareForCreation(System.currentTimeMillis());
        return insert(event);
    }

    /**
     * @param category keep events of this category only, when given
     * @param afterTimestamp keep events later than this (ms since the epoch), when given
     */
    public Page<WorkflowEvent> list(
            long workflowId, String category, Long afterTimestamp, PageRequest page) {
        RecordQuery query =
                RecordQuery.all()
                        .equal("category", category)
                        .where("e.timestamp > :%s", afterTimestamp);
        return listMatching(workflowId, query, page);
    }

    /** The time of the workflow's latest event in ms since the epoch, or null without events. */
    public Long latestTimestamp(long workflowId) {
        return inTransaction(
                em -> {
                    RecordStore.requireWorkflow(em, workflowId);
                    return em.createQuery(
                                    "SELECT MAX(e.timestamp) FROM WorkflowEvent e"
                                            + " WHERE e.workflowId = :workflowId",
                                    Long.class)
                            .setParameter("workflowId", workflowId)
                            .getSingleResult();
                });
    }
}
