package org.torc.event;

import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.torc.records.EntityRows;
import org.torc.records.JsonText;

/**
 * Events the server itself records when a workflow or job changes state, inside the transaction
 * that made the change: the event exists exactly when the change does.
 *
 * <p>Each event's data is {@code {"category": ..., "message": ..., plus details}}, the shape the
 * original torc server writes, so clients that read events see familiar fields.
 */
public final class EventLog {

    private static final EntityRows<WorkflowEvent> ROWS = new EntityRows<>(WorkflowEvent.class);

    private EventLog() {}

    public static WorkflowEvent record(
            EntityManager em,
            long workflowId,
            String category,
            String message,
            Map<String, Object> details) {
        Map<String, Object> data = new LinkedHashMap<>(details);
        data.put("category", category);
        data.put("message", message);
        WorkflowEvent event =
                new WorkflowEvent(workflowId, System.currentTimeMillis(), JsonText.of(data));
        ROWS.insertAll(em, List.of(event), WorkflowEvent::assignId);
        return event;
    }

    public static WorkflowEvent record(
            EntityManager em, long workflowId, String category, String message) {
        return record(em, workflowId, category, message, Map.of());
    }
}
