-- Patient search and the patient list's sort orders (core/models/PatientListModel).
--
-- Search: every word the user types must prefix-match a word of the family name, given name,
-- preferred name or MRN, ignoring case and accents. An FTS4 index answers that from its prefix
-- indexes (prefix="1,2,3": the first keystrokes, which match the most rows, read a short
-- precomputed doclist instead of merging the doclists of every term that starts with them).
-- External content: the names live once, in patients; the index follows them through triggers,
-- exactly as clinical_notes_fts follows clinical_notes (0002). unicode61 with diacritics removed
-- lets "muller" find "Müller".
CREATE VIRTUAL TABLE patients_fts USING fts4 (
    content="patients", family_name, given_name, preferred_name, mrn,
    tokenize=unicode61 "remove_diacritics=1", prefix="1,2,3"
);
CREATE TRIGGER patients_fts_insert AFTER INSERT ON patients
BEGIN
    INSERT INTO patients_fts (docid, family_name, given_name, preferred_name, mrn)
    VALUES (NEW.rowid, NEW.family_name, NEW.given_name, NEW.preferred_name, NEW.mrn);
END;
-- FTS4 reads the old text from the content table to unindex it, so this must run BEFORE.
CREATE TRIGGER patients_fts_before_update BEFORE UPDATE ON patients
BEGIN
    DELETE FROM patients_fts WHERE docid = OLD.rowid;
END;
CREATE TRIGGER patients_fts_after_update AFTER UPDATE ON patients
BEGIN
    INSERT INTO patients_fts (docid, family_name, given_name, preferred_name, mrn)
    VALUES (NEW.rowid, NEW.family_name, NEW.given_name, NEW.preferred_name, NEW.mrn);
END;
-- Patients stored before this migration: index them now.
INSERT INTO patients_fts (patients_fts) VALUES ('rebuild');

-- Keyset pagination reads the list one page at a time in the order the user chose, seeking to
-- the row after the last one shown. Each sort column needs an index ending in id (the tie-break
-- that makes the order total); the name order uses patients_name (0002). Age ascending is date of
-- birth descending with id still ascending, hence the DESC column.
CREATE INDEX patients_preferred_sort ON patients (preferred_name, id);
CREATE INDEX patients_mrn_sort ON patients (mrn, id);
CREATE INDEX patients_dob_sort ON patients (date_of_birth, id);
CREATE INDEX patients_age_sort ON patients (date_of_birth DESC, id);
CREATE INDEX patients_risk_sort ON patients (risk_flags, id);
