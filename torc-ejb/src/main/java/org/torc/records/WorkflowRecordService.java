package org.torc.records;

import jakarta.persistence.EntityManager;
import java.util.function.Function;
import org.torc.persistence.Database;

/**
 * The service of one kind of per-workflow record: get, update, delete and delete-all, each in a
 * transaction of its own, plus the storing and listing steps its subclass builds on.
 *
 * <p>A subclass adds what is particular to its record: the fields {@code create} requires, the
 * contract's list filters, and an override where a plain delete is not enough.
 */
public abstract class WorkflowRecordService<E extends WorkflowRecord & Updatable<E>> {

    private Database database;
    private RecordStore<E> store;

    /** For CDI's client proxies only. */
    protected WorkflowRecordService() {}

    protected WorkflowRecordService(Database database, RecordStore<E> store) {
        this.database = database;
        this.store = store;
    }

    public E get(long id) {
        return database.inTransaction(em -> store.get(em, id));
    }

    public E update(long id, E changes) {
        return database.inTransaction(em -> store.update(em, id, changes));
    }

    public E delete(long id) {
        return database.inTransaction(em -> store.delete(em, id));
    }

    /** Deletes every record of the workflow; answers how many there were. */
    public long deleteAll(long workflowId) {
        return database.inTransaction(em -> store.deleteAll(em, workflowId));
    }

    /** Stores a record whose fields the subclass has checked; 404 for an unknown workflow. */
    protected E insert(E record) {
        return database.inTransaction(em -> store.create(em, record));
    }

    /** One page of the workflow's records that pass the query; 404 for an unknown workflow. */
    protected Page<E> listMatching(long workflowId, RecordQuery query, PageRequest page) {
        return database.inTransaction(em -> store.list(em, workflowId, query, page));
    }

    /** Runs the subclass's own statements in one transaction. */
    protected <T> T inTransaction(Function<EntityManager, T> work) {
        return database.inTransaction(work);
    }
}
