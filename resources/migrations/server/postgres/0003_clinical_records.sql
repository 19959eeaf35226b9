-- The authoritative clinical record and the sync bookkeeping (DESIGN §5, §7), PostgreSQL
-- dialect; mirrors resources/migrations/server/sqlite column for column.
--
-- One table per entity with the same shape: the record's own fields as the domain JSON codec
-- writes them (data), the server's version of the record, a tombstone, and seq: the server change
-- sequence at which the record last changed. Pulls read "everything with seq > cursor" that the
-- user may see, so every accepted change takes a new seq from sync_counter. Taking it is an
-- UPDATE of one row, which also serialises concurrent pushes until they commit: seqs become
-- visible in the order they were taken, and a pull can never skip one that commits late.

CREATE TABLE sync_counter (
    id    bigint  PRIMARY KEY CHECK (id = 1),
    value bigint  NOT NULL
);
INSERT INTO sync_counter (id, value) VALUES (1, 0);

CREATE TABLE patients (
    id         text    PRIMARY KEY,
    patient_id text    NOT NULL,
    version    bigint  NOT NULL,
    seq        bigint  NOT NULL,
    deleted    bigint  NOT NULL DEFAULT 0,
    data       text    NOT NULL,
    created_at bigint  NOT NULL,
    created_by text,
    updated_at bigint  NOT NULL,
    updated_by text
);
CREATE INDEX patients_seq ON patients (seq);

CREATE TABLE clinical_notes (
    id         text    PRIMARY KEY,
    patient_id text    NOT NULL,
    version    bigint  NOT NULL,
    seq        bigint  NOT NULL,
    deleted    bigint  NOT NULL DEFAULT 0,
    data       text    NOT NULL,
    created_at bigint  NOT NULL,
    created_by text,
    updated_at bigint  NOT NULL,
    updated_by text
);
CREATE INDEX clinical_notes_seq ON clinical_notes (seq);
CREATE INDEX clinical_notes_patient ON clinical_notes (patient_id);

CREATE TABLE assessments (
    id         text    PRIMARY KEY,
    patient_id text    NOT NULL,
    version    bigint  NOT NULL,
    seq        bigint  NOT NULL,
    deleted    bigint  NOT NULL DEFAULT 0,
    data       text    NOT NULL,
    created_at bigint  NOT NULL,
    created_by text,
    updated_at bigint  NOT NULL,
    updated_by text
);
CREATE INDEX assessments_seq ON assessments (seq);
CREATE INDEX assessments_patient ON assessments (patient_id);

CREATE TABLE medications (
    id         text    PRIMARY KEY,
    patient_id text    NOT NULL,
    version    bigint  NOT NULL,
    seq        bigint  NOT NULL,
    deleted    bigint  NOT NULL DEFAULT 0,
    data       text    NOT NULL,
    created_at bigint  NOT NULL,
    created_by text,
    updated_at bigint  NOT NULL,
    updated_by text
);
CREATE INDEX medications_seq ON medications (seq);
CREATE INDEX medications_patient ON medications (patient_id);

CREATE TABLE appointments (
    id         text    PRIMARY KEY,
    patient_id text    NOT NULL,
    version    bigint  NOT NULL,
    seq        bigint  NOT NULL,
    deleted    bigint  NOT NULL DEFAULT 0,
    data       text    NOT NULL,
    created_at bigint  NOT NULL,
    created_by text,
    updated_at bigint  NOT NULL,
    updated_by text
);
CREATE INDEX appointments_seq ON appointments (seq);
CREATE INDEX appointments_patient ON appointments (patient_id);

CREATE TABLE observations (
    id         text    PRIMARY KEY,
    patient_id text    NOT NULL,
    version    bigint  NOT NULL,
    seq        bigint  NOT NULL,
    deleted    bigint  NOT NULL DEFAULT 0,
    data       text    NOT NULL,
    created_at bigint  NOT NULL,
    created_by text,
    updated_at bigint  NOT NULL,
    updated_by text
);
CREATE INDEX observations_seq ON observations (seq);
CREATE INDEX observations_patient ON observations (patient_id);

-- Every push change the server has answered, by the client's change_id: a retried push gets the
-- first answer again (status duplicate) instead of being applied twice.
CREATE TABLE sync_applied_changes (
    change_id  text    PRIMARY KEY,
    user_id    text    NOT NULL,
    device_id  text,
    result     text    NOT NULL,
    applied_at bigint  NOT NULL
);
