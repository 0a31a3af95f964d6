package org.torc.records;

/**
 * A record whose fields a client may change: the fields present in {@code changes} replace the
 * stored ones, absent (null) fields keep their value. The id and the workflow never change.
 */
public interface Updatable<E> {

    void applyChanges(E changes);
}
