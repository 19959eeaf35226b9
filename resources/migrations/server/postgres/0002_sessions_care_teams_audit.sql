-- Sessions, care teams, break-glass grants and the server's audit trail (DESIGN §7, §8),
-- PostgreSQL dialect; mirrors resources/migrations/server/sqlite column for column.

-- A session is one sign-in on one device: the family of its refresh tokens. Access tokens name
-- their session (claim "sid"), so a logout, a revoked device or a deactivated account ends every
-- token of it at once instead of when the last access token expires. scope is 'full' or 'setup'
-- (a user who must enroll in MFA or replace a temporary password first).
CREATE TABLE sessions (
    id             text    PRIMARY KEY,
    user_id        text    NOT NULL REFERENCES users (id),
    device_id      text    NOT NULL REFERENCES devices (id),
    scope          text    NOT NULL,
    created_at     bigint  NOT NULL,
    revoked_at     bigint,
    revoked_reason text
);
CREATE INDEX sessions_user ON sessions (user_id);
CREATE INDEX sessions_device ON sessions (device_id);

-- Who treats whom. Patients are ids only until the clinical tables arrive with sync.
CREATE TABLE care_team (
    patient_id  text    NOT NULL,
    user_id     text    NOT NULL REFERENCES users (id),
    assigned_by text    NOT NULL,
    assigned_at bigint  NOT NULL,
    PRIMARY KEY (patient_id, user_id)
);
CREATE INDEX care_team_user ON care_team (user_id);

-- Emergency access to a patient outside one's care team: typed reason, limited time, reviewed by
-- an administrator afterwards.
CREATE TABLE break_glass_grants (
    id          text    PRIMARY KEY,
    user_id     text    NOT NULL REFERENCES users (id),
    patient_id  text    NOT NULL,
    reason      text    NOT NULL,
    granted_at  bigint  NOT NULL,
    expires_at  bigint  NOT NULL
);
CREATE INDEX break_glass_lookup ON break_glass_grants (user_id, patient_id, expires_at);
CREATE INDEX break_glass_granted ON break_glass_grants (granted_at);

-- What the server did on whose behalf. Append-only: the store has no UPDATE or DELETE for it.
-- details is a JSON object text; it never holds a password, token or key.
CREATE TABLE audit_events (
    seq        bigserial PRIMARY KEY,
    id         text    NOT NULL UNIQUE,
    at         bigint  NOT NULL,
    actor_id   text,
    action     text    NOT NULL,
    target_id  text,
    patient_id text,
    request_id text,
    details    text    NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_events_at ON audit_events (at);
CREATE INDEX audit_events_actor ON audit_events (actor_id, at);
CREATE INDEX audit_events_patient ON audit_events (patient_id, at);
