-- Version 6: the audit trail and the points ledger, chained. Each entry
-- carries its place in its chain and a MAC (HMAC-SHA256 with the audit key of
-- the store's key file, kept outside this file) over its own fields and the
-- MAC of the entry before, so a row edited, inserted or deleted with the
-- sqlite3 shell no longer checks (viptillctl audit verify). The audit trail
-- has one chain per terminal ('audit:T01'), the ledger one per member
-- ('ledger:42'), so tills never wait on one another's chain.

-- What an entry is about, for the cross-checks: a sale's receipt number, a
-- card's number, a member's id.
ALTER TABLE staff_events ADD COLUMN subject TEXT NOT NULL DEFAULT '';
CREATE INDEX staff_events_subject ON staff_events(action, subject);
ALTER TABLE staff_events ADD COLUMN chain TEXT;
ALTER TABLE staff_events ADD COLUMN chain_seq INTEGER;
ALTER TABLE staff_events ADD COLUMN mac TEXT;
CREATE UNIQUE INDEX staff_events_chain ON staff_events(chain, chain_seq);
CREATE INDEX staff_events_action ON staff_events(action);

ALTER TABLE points_ledger ADD COLUMN chain_seq INTEGER;
ALTER TABLE points_ledger ADD COLUMN mac TEXT;
CREATE UNIQUE INDEX points_ledger_chain ON points_ledger(member_id, chain_seq);

-- The end of each chain, and a MAC over it: cutting entries off the end
-- would need a head the key can vouch for.
CREATE TABLE chain_heads (
    name     TEXT PRIMARY KEY,
    seq      INTEGER NOT NULL,
    mac      TEXT NOT NULL,
    head_mac TEXT NOT NULL
);

-- The audit trail is append-only, like the ledger.
CREATE TRIGGER staff_events_no_update BEFORE UPDATE ON staff_events
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is append-only');
END;

CREATE TRIGGER staff_events_no_delete BEFORE DELETE ON staff_events
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is append-only');
END;
