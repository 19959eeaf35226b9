-- Which migrations shaped this cache and when: support and audits can tell how a cache evolved,
-- not only its current version (PRAGMA user_version).
CREATE TABLE schema_migrations (
    version    INTEGER PRIMARY KEY,
    name       TEXT    NOT NULL,
    applied_at INTEGER NOT NULL -- UTC, milliseconds since the epoch
);
