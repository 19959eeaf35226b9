-- Accounts, devices, refresh tokens and login failures (DESIGN §7), PostgreSQL dialect.
-- Mirrors resources/migrations/server/sqlite/0001_accounts.sql column for column: times are UTC
-- milliseconds (bigint), flags 0/1 integers, so the store's SQL is the same on both.
CREATE TABLE schema_migrations (
    version    integer PRIMARY KEY,
    name       text    NOT NULL,
    applied_at bigint  NOT NULL
);
CREATE TABLE users (
    id                   text    PRIMARY KEY,
    username             text    NOT NULL UNIQUE,
    display_name         text    NOT NULL,
    email                text    NOT NULL DEFAULT '',
    roles                text    NOT NULL DEFAULT '',
    password_hash        text    NOT NULL,
    must_change_password integer NOT NULL DEFAULT 0,
    active               integer NOT NULL DEFAULT 1,
    mfa_secret           bytea,
    mfa_enrolled         integer NOT NULL DEFAULT 0,
    mfa_last_step        bigint,
    cache_key            bytea   NOT NULL,
    failed_logins        integer NOT NULL DEFAULT 0,
    locked_until         bigint,
    created_at           bigint  NOT NULL,
    updated_at           bigint  NOT NULL
);
CREATE TABLE devices (
    id           text   PRIMARY KEY,
    user_id      text   NOT NULL REFERENCES users (id),
    name         text   NOT NULL,
    created_at   bigint NOT NULL,
    last_seen_at bigint,
    revoked_at   bigint
);
CREATE INDEX devices_user ON devices (user_id);
CREATE TABLE refresh_tokens (
    token_hash text   PRIMARY KEY,
    family_id  text   NOT NULL,
    user_id    text   NOT NULL REFERENCES users (id),
    device_id  text   REFERENCES devices (id),
    issued_at  bigint NOT NULL,
    expires_at bigint NOT NULL,
    rotated_at bigint,
    revoked_at bigint
);
CREATE INDEX refresh_tokens_family ON refresh_tokens (family_id);
CREATE TABLE login_failures (
    id             bigserial PRIMARY KEY,
    username       text      NOT NULL,
    client_address text      NOT NULL,
    at             bigint    NOT NULL
);
CREATE INDEX login_failures_user ON login_failures (username, at);
CREATE INDEX login_failures_address ON login_failures (client_address, at);
