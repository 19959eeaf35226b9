-- The server holds the authoritative chart (DESIGN §7). When a note signed on this workstation
-- is refused by the server (someone else signed or changed it first), the server's note must
-- replace the local one, or every later pull would fail on it. The immutability triggers stay,
-- but step aside while sync applies server records: RecordStore::putFromServer() sets the
-- 'server_apply' row of sync_state for the length of its own transaction, and nothing else
-- writes it.
DROP TRIGGER clinical_notes_signed_immutable;
CREATE TRIGGER clinical_notes_signed_immutable BEFORE UPDATE ON clinical_notes
WHEN OLD.status = 'signed'
 AND NOT EXISTS (SELECT 1 FROM sync_state WHERE name = 'server_apply')
 AND (NEW.doc IS NOT OLD.doc OR NEW.deleted IS NOT OLD.deleted OR NEW.status IS NOT OLD.status
      OR NEW.patient_id IS NOT OLD.patient_id OR NEW.title IS NOT OLD.title
      OR NEW.body IS NOT OLD.body OR NEW.parent_id IS NOT OLD.parent_id
      OR NEW.signed_at IS NOT OLD.signed_at OR NEW.id IS NOT OLD.id)
BEGIN SELECT RAISE(ABORT, 'immutable: a signed note cannot be changed; write an addendum'); END;

DROP TRIGGER assessments_completed_immutable;
CREATE TRIGGER assessments_completed_immutable BEFORE UPDATE ON assessments
WHEN OLD.status = 'completed'
 AND NOT EXISTS (SELECT 1 FROM sync_state WHERE name = 'server_apply')
 AND (NEW.doc IS NOT OLD.doc OR NEW.deleted IS NOT OLD.deleted OR NEW.status IS NOT OLD.status
      OR NEW.patient_id IS NOT OLD.patient_id OR NEW.instrument_id IS NOT OLD.instrument_id
      OR NEW.administered_at IS NOT OLD.administered_at
      OR NEW.total_score IS NOT OLD.total_score OR NEW.band IS NOT OLD.band
      OR NEW.flags IS NOT OLD.flags OR NEW.id IS NOT OLD.id)
BEGIN SELECT RAISE(ABORT, 'immutable: a completed assessment cannot be changed'); END;
