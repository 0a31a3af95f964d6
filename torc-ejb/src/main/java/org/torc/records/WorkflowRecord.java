package org.torc.records;

/** A record that belongs to one workflow and is identified by a database-generated id. */
public interface WorkflowRecord {

    Long id();

    Long workflowId();

    /** Called once, after the row is inserted, with the id the database chose. */
    void assignId(long id);
}
