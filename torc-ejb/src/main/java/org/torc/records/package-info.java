/**
 * What every per-workflow record shares: paging, listing, plain create/read/update/delete, and
 * direct JDBC for the statements JPA cannot express or would run row by row.
 *
 * <p>Offers {@link org.torc.records.WorkflowRecord} (the mapped superclass of every per-workflow
 * entity: its id and its workflow), {@link org.torc.records.PageRequest} (offset, limit at most
 * {@value org.torc.records.PageRequest#MAX_LIMIT}, sort field checked against the record's own JSON
 * fields), {@link org.torc.records.Page} (the contract's list envelope), {@link
 * org.torc.records.RecordStore} (CRUD and filtered listing of one entity type, in the caller's
 * transaction), {@link org.torc.records.WorkflowRecordService} (the base of the services of simple
 * record kinds: get, update, delete and delete-all, each in its own transaction) and {@link
 * org.torc.records.Jdbc} (statements on the transaction's own connection, batches with generated
 * keys).
 *
 * <p>Decisions: rows are inserted through JDBC with generated keys rather than {@code
 * EntityManager.persist}, because EclipseLink 4.0 reads identity values on H2 2.x with {@code CALL
 * IDENTITY()}, a function H2 2.x no longer has; JDBC batches also make bulk creation fast. Reads,
 * updates and deletes of single records stay with JPA. A limit above the maximum is refused rather
 * than silently lowered, so a client never mistakes a truncated page for the whole list.
 *
 * <p>Not yet: keyset (seek) pagination for very deep offsets.
 */
package org.torc.records;
