-- The device that last changed each record: signing or completing one seals what that screen
-- showed, so the server needs to know whether the version being sealed came from the same device
-- (server/sync/SyncStore.cpp).
ALTER TABLE patients ADD COLUMN updated_device TEXT;
ALTER TABLE clinical_notes ADD COLUMN updated_device TEXT;
ALTER TABLE assessments ADD COLUMN updated_device TEXT;
ALTER TABLE medications ADD COLUMN updated_device TEXT;
ALTER TABLE appointments ADD COLUMN updated_device TEXT;
ALTER TABLE observations ADD COLUMN updated_device TEXT;
