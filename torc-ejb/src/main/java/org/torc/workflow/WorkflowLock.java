package org.torc.workflow;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.torc.problem.ServiceException;

/**
 * Serialises the changes of a workflow's job statuses: each such transaction first locks the
 * workflow's row ({@code SELECT ... FOR UPDATE}, through JPA's pessimistic lock). Starting a job is
 * the exception: it moves one job from pending to running with a conditional update of that job's
 * row alone, since pending jobs are neither claimed nor counted as done by anyone else.
 *
 * <p>Why one lock per workflow: claiming must never hand a job out twice, and two jobs completing
 * at once must not both conclude that the other is still running and leave their common dependent
 * blocked forever. Holding the workflow row while reading and writing job rows rules out both, on
 * H2 and PostgreSQL alike and across server processes sharing one PostgreSQL database. Rejected:
 * optimistic retries on job rows (more round trips under contention, and no help for the
 * two-completions case) and {@code SKIP LOCKED} (PostgreSQL only).
 */
public final class WorkflowLock {

    private WorkflowLock() {}

    /** Locks the workflow until the transaction ends and answers it; 404 when it is unknown. */
    public static Workflow lock(EntityManager em, long workflowId) {
        Workflow workflow = em.find(Workflow.class, workflowId, LockModeType.PESSIMISTIC_WRITE);
        if (workflow == null) {
            throw ServiceException.notFound("workflow", workflowId);
        }
        return workflow;
    }

    /** The workflow, without locking it; 404 when it is unknown. */
    public static Workflow find(EntityManager em, long workflowId) {
        Workflow workflow = em.find(Workflow.class, workflowId);
        if (workflow == null) {
            throw ServiceException.notFound("workflow", workflowId);
        }
        return workflow;
    }
}
