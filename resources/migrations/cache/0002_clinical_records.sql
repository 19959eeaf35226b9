-- The clinical record of the local cache (DESIGN §5) and the outbox that carries local changes to
-- the server (DESIGN §7).
--
-- Every clinical row has the common columns id (UUID text), version (server-assigned, 0 = never
-- synced), created_at / updated_at (UTC ms), created_by (user UUID) and deleted (tombstone), and
-- `doc`: the record's own fields as the domain JSON codec writes them, the source of truth when a
-- row is loaded. The other columns copy the few fields that lists, filters and indexes need.
-- Observations are the exception: hundreds of thousands of rows a patient, so plain columns only.
--
-- Clinical data is never hard-deleted (a trigger per table refuses DELETE); a deletion is
-- deleted = 1. Signed notes and completed assessments are immutable here as well as in the
-- repositories, so no code path, including raw SQL, can rewrite them.

CREATE TABLE patients (
    id             TEXT    PRIMARY KEY NOT NULL,
    version        INTEGER NOT NULL DEFAULT 0,
    created_at     INTEGER NOT NULL,
    updated_at     INTEGER NOT NULL,
    created_by     TEXT,
    deleted        INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    doc            TEXT    NOT NULL,
    mrn            TEXT    NOT NULL,
    family_name    TEXT    NOT NULL,
    given_name     TEXT    NOT NULL,
    preferred_name TEXT    NOT NULL DEFAULT '',
    date_of_birth  TEXT,
    risk_flags     TEXT    NOT NULL DEFAULT '', -- space-separated flag ids, for filtering
    synthetic      INTEGER NOT NULL DEFAULT 0 CHECK (synthetic IN (0, 1))
);
CREATE INDEX patients_name ON patients (family_name, given_name, id);

-- Who is on each patient's care team: "my patients" without reading every doc.
CREATE TABLE patient_care_team (
    patient_id   TEXT NOT NULL REFERENCES patients (id),
    clinician_id TEXT NOT NULL,
    PRIMARY KEY (patient_id, clinician_id)
) WITHOUT ROWID;
CREATE INDEX patient_care_team_clinician ON patient_care_team (clinician_id, patient_id);

CREATE TABLE clinical_notes (
    id         TEXT    PRIMARY KEY NOT NULL,
    version    INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    created_by TEXT,
    deleted    INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    doc        TEXT    NOT NULL,
    patient_id TEXT    NOT NULL REFERENCES patients (id),
    type       TEXT    NOT NULL,
    status     TEXT    NOT NULL CHECK (status IN ('draft', 'signed')),
    title      TEXT    NOT NULL DEFAULT '',
    body       TEXT    NOT NULL DEFAULT '',
    parent_id  TEXT    REFERENCES clinical_notes (id),
    signed_at  INTEGER
);
CREATE INDEX clinical_notes_patient ON clinical_notes (patient_id, created_at);

CREATE TABLE assessments (
    id              TEXT    PRIMARY KEY NOT NULL,
    version         INTEGER NOT NULL DEFAULT 0,
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL,
    created_by      TEXT,
    deleted         INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    doc             TEXT    NOT NULL,
    patient_id      TEXT    NOT NULL REFERENCES patients (id),
    instrument_id   TEXT    NOT NULL,
    status          TEXT    NOT NULL CHECK (status IN ('in_progress', 'completed')),
    administered_at INTEGER,
    total_score     REAL,
    band            TEXT,
    flags           TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX assessments_patient ON assessments (patient_id, instrument_id, administered_at);

CREATE TABLE medications (
    id         TEXT    PRIMARY KEY NOT NULL,
    version    INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    created_by TEXT,
    deleted    INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    doc        TEXT    NOT NULL,
    patient_id TEXT    NOT NULL REFERENCES patients (id),
    name       TEXT    NOT NULL,
    start_date TEXT,
    stop_date  TEXT
);
CREATE INDEX medications_patient ON medications (patient_id, start_date);

CREATE TABLE appointments (
    id               TEXT    PRIMARY KEY NOT NULL,
    version          INTEGER NOT NULL DEFAULT 0,
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL,
    created_by       TEXT,
    deleted          INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    doc              TEXT    NOT NULL,
    patient_id       TEXT    NOT NULL REFERENCES patients (id),
    clinician_id     TEXT,
    start_at         INTEGER NOT NULL,
    duration_minutes INTEGER NOT NULL,
    status           TEXT    NOT NULL
);
CREATE INDEX appointments_start ON appointments (start_at);
CREATE INDEX appointments_patient ON appointments (patient_id, start_at);
CREATE INDEX appointments_clinician ON appointments (clinician_id, start_at);

CREATE TABLE observations (
    id         TEXT    PRIMARY KEY NOT NULL,
    version    INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    created_by TEXT,
    deleted    INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    patient_id TEXT    NOT NULL REFERENCES patients (id),
    kind       TEXT    NOT NULL,
    at         INTEGER NOT NULL,
    value      REAL    NOT NULL,
    unit       TEXT    NOT NULL,
    source     TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX observations_series ON observations (patient_id, kind, at);

-- Never hard-deleted.
CREATE TRIGGER patients_no_delete BEFORE DELETE ON patients
BEGIN SELECT RAISE(ABORT, 'clinical records are never deleted; set deleted = 1'); END;
CREATE TRIGGER clinical_notes_no_delete BEFORE DELETE ON clinical_notes
BEGIN SELECT RAISE(ABORT, 'clinical records are never deleted; set deleted = 1'); END;
CREATE TRIGGER assessments_no_delete BEFORE DELETE ON assessments
BEGIN SELECT RAISE(ABORT, 'clinical records are never deleted; set deleted = 1'); END;
CREATE TRIGGER medications_no_delete BEFORE DELETE ON medications
BEGIN SELECT RAISE(ABORT, 'clinical records are never deleted; set deleted = 1'); END;
CREATE TRIGGER appointments_no_delete BEFORE DELETE ON appointments
BEGIN SELECT RAISE(ABORT, 'clinical records are never deleted; set deleted = 1'); END;
CREATE TRIGGER observations_no_delete BEFORE DELETE ON observations
BEGIN SELECT RAISE(ABORT, 'clinical records are never deleted; set deleted = 1'); END;

-- A signed note and a completed assessment keep their content forever: only the server's
-- version number and updated_at may change (sync acknowledging them). Corrections are addenda.
CREATE TRIGGER clinical_notes_signed_immutable BEFORE UPDATE ON clinical_notes
WHEN OLD.status = 'signed'
 AND (NEW.doc IS NOT OLD.doc OR NEW.deleted IS NOT OLD.deleted OR NEW.status IS NOT OLD.status
      OR NEW.patient_id IS NOT OLD.patient_id OR NEW.title IS NOT OLD.title
      OR NEW.body IS NOT OLD.body OR NEW.parent_id IS NOT OLD.parent_id
      OR NEW.signed_at IS NOT OLD.signed_at OR NEW.id IS NOT OLD.id)
BEGIN SELECT RAISE(ABORT, 'immutable: a signed note cannot be changed; write an addendum'); END;

CREATE TRIGGER assessments_completed_immutable BEFORE UPDATE ON assessments
WHEN OLD.status = 'completed'
 AND (NEW.doc IS NOT OLD.doc OR NEW.deleted IS NOT OLD.deleted OR NEW.status IS NOT OLD.status
      OR NEW.patient_id IS NOT OLD.patient_id OR NEW.instrument_id IS NOT OLD.instrument_id
      OR NEW.administered_at IS NOT OLD.administered_at
      OR NEW.total_score IS NOT OLD.total_score OR NEW.band IS NOT OLD.band
      OR NEW.flags IS NOT OLD.flags OR NEW.id IS NOT OLD.id)
BEGIN SELECT RAISE(ABORT, 'immutable: a completed assessment cannot be changed'); END;

-- Full-text search over note titles and bodies. External content: the text lives once, in
-- clinical_notes; the index follows it through these triggers. unicode61 with diacritics removed
-- lets "koln" find "Köln".
CREATE VIRTUAL TABLE clinical_notes_fts USING fts4 (
    content="clinical_notes", title, body, tokenize=unicode61 "remove_diacritics=1"
);
CREATE TRIGGER clinical_notes_fts_insert AFTER INSERT ON clinical_notes
BEGIN
    INSERT INTO clinical_notes_fts (docid, title, body) VALUES (NEW.rowid, NEW.title, NEW.body);
END;
-- FTS4 reads the old text from the content table to unindex it, so this must run BEFORE.
CREATE TRIGGER clinical_notes_fts_before_update BEFORE UPDATE ON clinical_notes
BEGIN
    DELETE FROM clinical_notes_fts WHERE docid = OLD.rowid;
END;
CREATE TRIGGER clinical_notes_fts_after_update AFTER UPDATE ON clinical_notes
BEGIN
    INSERT INTO clinical_notes_fts (docid, title, body) VALUES (NEW.rowid, NEW.title, NEW.body);
END;

-- The outbox. A local change writes its row and its entry here in one transaction; the entry
-- leaves only when the server has answered applied, duplicate or conflict. `fields` is the JSON
-- object of changed fields {name: {old, new}} exactly as the push request carries it.
CREATE TABLE change_journal (
    seq           INTEGER PRIMARY KEY AUTOINCREMENT,
    change_id     TEXT    NOT NULL UNIQUE,
    entity        TEXT    NOT NULL,
    entity_id     TEXT    NOT NULL,
    op            TEXT    NOT NULL CHECK (op IN ('create', 'update', 'delete')),
    base_version  INTEGER NOT NULL,
    fields        TEXT    NOT NULL,
    created_at    INTEGER NOT NULL,
    state         TEXT    NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'rejected')),
    reject_code   TEXT,
    reject_detail TEXT
);
CREATE INDEX change_journal_record ON change_journal (entity, entity_id);

-- Sync bookkeeping: the pull cursor, the time of the last successful sync, …
CREATE TABLE sync_state (
    name  TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) WITHOUT ROWID;
