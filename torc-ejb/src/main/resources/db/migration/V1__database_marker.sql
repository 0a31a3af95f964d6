-- The database's birth certificate: one row, written once.
CREATE TABLE torc_database (
    id INTEGER PRIMARY KEY,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
INSERT INTO torc_database (id, created_at) VALUES (1, CURRENT_TIMESTAMP);
