-- Version 8: ID numbers and mobiles at rest (PIPL), as db/sqlite/0008_personal_data.sql. From now on both are
-- stored sealed (encrypted with the personal-data key of the store's key
-- file) and found by a keyed hash, which is what is unique. Rows written
-- before are sealed by the program the first time it opens the store with
-- its key. An erased member keeps the row the sales point to, without any
-- of the person in it.

ALTER TABLE members ADD COLUMN id_number_hash TEXT;
ALTER TABLE members ADD COLUMN mobile_hash TEXT;
ALTER TABLE members ADD COLUMN erased_at TEXT;
CREATE UNIQUE INDEX members_id_number_hash ON members(id_number_hash);
CREATE UNIQUE INDEX members_mobile_hash ON members(mobile_hash);
-- A store with no member and no message yet has nothing to seal.
INSERT INTO settings (key, value) SELECT 'personal_data_sealed', '1'
WHERE NOT EXISTS (SELECT 1 FROM members) AND NOT EXISTS (SELECT 1 FROM sms_outbox);
