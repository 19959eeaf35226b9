-- Conflicts from sync (DESIGN §7): a field both this workstation and the server changed. The
-- server kept its value; the clinician's value waits here until they pick one in the Conflicts
-- view. Nothing typed is lost: a conflict leaves this table only by being resolved, and the
-- resolution is kept.
CREATE TABLE sync_conflicts (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    change_id    TEXT    NOT NULL,
    entity       TEXT    NOT NULL,
    record_id    TEXT    NOT NULL,
    field        TEXT    NOT NULL,
    server_value TEXT    NOT NULL, -- JSON
    client_value TEXT    NOT NULL, -- JSON
    created_at   INTEGER NOT NULL,
    resolved_at  INTEGER,
    resolution   TEXT CHECK (resolution IN ('server', 'mine'))
);
CREATE INDEX sync_conflicts_open ON sync_conflicts (resolved_at, record_id);
-- Pushing the same change twice (a retry after an interrupted push) records its conflicts once.
CREATE UNIQUE INDEX sync_conflicts_once ON sync_conflicts (change_id, field);
