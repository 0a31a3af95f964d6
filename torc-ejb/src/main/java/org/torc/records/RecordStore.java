package org.torc.records;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import org.torc.problem.ServiceException;

/**
 * Create, read, update, delete and list one kind of per-workflow record.
 *
 * <p>The entity class describes itself: {@code @Table} and {@code @Column} give the row, {@code
 * JsonProperty} on a column field makes it sortable under its JSON name. Every method takes the
 * caller's {@link EntityManager}, so that it joins the caller's transaction.
 */
public final class RecordStore<E extends WorkflowRecord & Updatable<E>> {

    private final Class<E> type;
    private final String what;
    private final EntityRows<E> rows;
    private final SortOrder sortOrder;

    /**
     * @param what the record's name in messages, e.g. {@code "file"}
     */
    public RecordStore(Class<E> type, String what) {
        this.type = type;
        this.what = what;
        this.rows = new EntityRows<>(type);
        this.sortOrder = new SortOrder(type, what);
    }

    /** Fails with 400 or 404 unless the workflow exists. */
    public static void requireWorkflow(EntityManager em, Long workflowId) {
        if (workflowId == null) {
            throw ServiceException.badRequest("field 'workflow_id' is required");
        }
        long found = Jdbc.of(em).number("SELECT COUNT(*) FROM workflow WHERE id = ?", workflowId);
        if (found == 0) {
            throw ServiceException.notFound("workflow", workflowId);
        }
    }

    /** Stores a new record of an existing workflow and gives it its id. */
    public E create(EntityManager em, E record) {
        requireWorkflow(em, record.workflowId());
        insertAll(em, List.of(record));
        return record;
    }

    /** Stores records whose workflow the caller has checked, in JDBC batches. */
    public void insertAll(EntityManager em, List<E> records) {
        rows.insertAll(em, records, WorkflowRecord::assignId);
    }

    public E get(EntityManager em, long id) {
        E found = em.find(type, id);
        if (found == null) {
            throw ServiceException.notFound(what, id);
        }
        return found;
    }

    public E update(EntityManager em, long id, E changes) {
        E stored = get(em, id);
        stored.applyChanges(changes);
        em.flush();
        return stored;
    }

    public E delete(EntityManager em, long id) {
        E stored = get(em, id);
        em.remove(stored);
        em.flush();
        return stored;
    }

    /** Deletes every record of the workflow; answers how many there were. */
    public long deleteAll(EntityManager em, long workflowId) {
        return em.createQuery("DELETE FROM " + entityName() + " e WHERE e.workflowId = :workflowId")
                .setParameter("workflowId", workflowId)
                .executeUpdate();
    }

    /** One page of the workflow's records that pass the query; 404 for an unknown workflow. */
    public Page<E> list(EntityManager em, long workflowId, RecordQuery query, PageRequest page) {
        requireWorkflow(em, workflowId);
        query.equal("workflowId", workflowId);
        return page(em, type, sortOrder, query, page);
    }

    /** One page of the entities of {@code type} that pass the query, with their total count. */
    public static <T> Page<T> page(
            EntityManager em,
            Class<T> type,
            SortOrder sortOrder,
            RecordQuery query,
            PageRequest page) {
        if (query.matchesNothing()) {
            return Page.empty(page);
        }
        String from = " FROM " + type.getSimpleName() + " e" + query.whereClause();
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(e)" + from, Long.class);
        query.parameters().forEach(count::setParameter);
        long total = count.getSingleResult();
        if (page.limit() == 0 || page.offset() >= total) {
            return Page.of(List.of(), page, total);
        }
        TypedQuery<T> select = em.createQuery("SELECT e" + from + sortOrder.orderBy(page), type);
        query.parameters().forEach(select::setParameter);
        select.setFirstResult((int) Math.min(Integer.MAX_VALUE, page.offset()));
        select.setMaxResults(page.limit());
        return Page.of(select.getResultList(), page, total);
    }

    private String entityName() {
        return type.getSimpleName();
    }
}
