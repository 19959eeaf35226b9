-- Accounts, devices, refresh tokens and login failures (DESIGN §7), embedded SQLite dialect.
-- Times are UTC milliseconds since the epoch; flags are 0/1 integers, so the store's SQL is the
-- same on SQLite and PostgreSQL (resources/migrations/server/postgres mirrors this file).
CREATE TABLE schema_migrations (
    version    INTEGER PRIMARY KEY,
    name       TEXT    NOT NULL,
    applied_at INTEGER NOT NULL
);
CREATE TABLE users (
    id                   TEXT    PRIMARY KEY NOT NULL,
    username             TEXT    NOT NULL UNIQUE,
    display_name         TEXT    NOT NULL,
    email                TEXT    NOT NULL DEFAULT '',
    roles                TEXT    NOT NULL DEFAULT '',
    password_hash        TEXT    NOT NULL,
    must_change_password INTEGER NOT NULL DEFAULT 0,
    active               INTEGER NOT NULL DEFAULT 1,
    mfa_secret           BLOB,
    mfa_enrolled         INTEGER NOT NULL DEFAULT 0,
    mfa_last_step        INTEGER,
    cache_key            BLOB    NOT NULL,
    failed_logins        INTEGER NOT NULL DEFAULT 0,
    locked_until         INTEGER,
    created_at           INTEGER NOT NULL,
    updated_at           INTEGER NOT NULL
);
CREATE TABLE devices (
    id           TEXT    PRIMARY KEY NOT NULL,
    user_id      TEXT    NOT NULL REFERENCES users (id),
    name         TEXT    NOT NULL,
    created_at   INTEGER NOT NULL,
    last_seen_at INTEGER,
    revoked_at   INTEGER
);
CREATE INDEX devices_user ON devices (user_id);
CREATE TABLE refresh_tokens (
    token_hash TEXT    PRIMARY KEY NOT NULL,
    family_id  TEXT    NOT NULL,
    user_id    TEXT    NOT NULL REFERENCES users (id),
    device_id  TEXT    REFERENCES devices (id),
    issued_at  INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    rotated_at INTEGER,
    revoked_at INTEGER
);
CREATE INDEX refresh_tokens_family ON refresh_tokens (family_id);
CREATE TABLE login_failures (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    username       TEXT    NOT NULL,
    client_address TEXT    NOT NULL,
    at             INTEGER NOT NULL
);
CREATE INDEX login_failures_user ON login_failures (username, at);
CREATE INDEX login_failures_address ON login_failures (client_address, at);
