-- Verified headers. Gaps are allowed below the fully verified window (skip sync stores checkpoint headers
-- and headers proven on demand); trust says how each header was verified.
CREATE TABLE headers (
    number      INTEGER PRIMARY KEY,
    hash        BLOB    NOT NULL UNIQUE,
    parent_hash BLOB    NOT NULL,
    rlp         BLOB    NOT NULL,
    trust       TEXT    NOT NULL
);
-- The trusted checkpoint the chain was synced from, and other single values.
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value BLOB NOT NULL
);
