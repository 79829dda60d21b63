-- The append-only audit log. Each entry carries the hash of the one before it (prev_hash) and its own
-- hash over its fields and prev_hash, so editing, deleting or reordering any entry breaks the chain
-- at that entry. audit_head holds the last seq and hash: appenders lock its one row, which orders
-- appends from every process and thread, and a verifier notices a truncated tail.
CREATE TABLE audit_entry (
    seq       BIGINT        PRIMARY KEY,
    at        TIMESTAMP WITH TIME ZONE NOT NULL,
    actor     VARCHAR(200)  NOT NULL,
    action    VARCHAR(60)   NOT NULL,
    subject   VARCHAR(400)  NOT NULL,
    detail    ${text}       NOT NULL, -- JSON object
    prev_hash CHAR(64)      NOT NULL,
    hash      CHAR(64)      NOT NULL
);

CREATE INDEX audit_entry_by_subject ON audit_entry (subject);

CREATE TABLE audit_head (
    id   INTEGER  PRIMARY KEY CHECK (id = 1),
    seq  BIGINT   NOT NULL,
    hash CHAR(64) NOT NULL
);

INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
