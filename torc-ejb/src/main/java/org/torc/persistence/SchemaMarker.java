package org.torc.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * One row written by the first migration: when this database was created and by which schema. It
 * lets an operator (and a test) see that a restart reused the same database.
 */
@Entity
@Table(name = "torc_database")
public class SchemaMarker {

    @Id
    @Column(name = "id")
    private int id;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected SchemaMarker() {}

    public OffsetDateTime createdAt() {
        return createdAt;
    }
}
