package org.torc.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.torc.persistence.Database;
import org.torc.records.Page;
import org.torc.records.PageRequest;
import org.torc.records.RecordQuery;
import org.torc.records.RecordStore;
import org.torc.records.Require;

/** Events of a workflow: those clients post, and those the server records itself. */
@ApplicationScoped
public class EventService {

    static final RecordStore<WorkflowEvent> EVENTS =
            new RecordStore<>(WorkflowEvent.class, "event");

    private Database database;

    protected EventService() {}

    @Inject
    public EventService(Database database) {
        this.database = database;
    }

    public WorkflowEvent create(WorkflowEvent event) {
        Require.present(event.data(), "data");
        event.prepareForCreation(System.currentTimeMillis());
        return database.inTransaction(em -> EVENTS.create(em, event));
    }

    public WorkflowEvent get(long id) {
        return database.inTransaction(em -> EVENTS.get(em, id));
    }

    public WorkflowEvent update(long id, WorkflowEvent changes) {
        return database.inTransaction(em -> EVENTS.update(em, id, changes));
    }

    public WorkflowEvent delete(long id) {
        return database.inTransaction(em -> EVENTS.delete(em, id));
    }

    public long deleteAll(long workflowId) {
        return database.inTransaction(em -> EVENTS.deleteAll(em, workflowId));
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
        return database.inTransaction(em -> EVENTS.list(em, workflowId, query, page));
    }

    /** The time of the workflow's latest event in ms since the epoch, or null without events. */
    public Long latestTimestamp(long workflowId) {
        return database.inTransaction(
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
