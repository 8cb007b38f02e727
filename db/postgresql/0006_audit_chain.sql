-- Version 6: the audit trail and the points ledger, chained. As
-- db/sqlite/0006_audit_chain.sql.

-- What an entry is about, for the cross-checks: a sale's receipt number, a
-- card's number, a member's id.
ALTER TABLE staff_events ADD COLUMN subject TEXT NOT NULL DEFAULT '';
CREATE INDEX staff_events_subject ON staff_events(action, subject);
ALTER TABLE staff_events ADD COLUMN chain TEXT;
ALTER TABLE staff_events ADD COLUMN chain_seq BIGINT;
ALTER TABLE staff_events ADD COLUMN mac TEXT;
CREATE UNIQUE INDEX staff_events_chain ON staff_events(chain, chain_seq);
CREATE INDEX staff_events_action ON staff_events(action);

ALTER TABLE points_ledger ADD COLUMN chain_seq BIGINT;
ALTER TABLE points_ledger ADD COLUMN mac TEXT;
CREATE UNIQUE INDEX points_ledger_chain ON points_ledger(member_id, chain_seq);

CREATE TABLE chain_heads (
    name     TEXT PRIMARY KEY,
    seq      BIGINT NOT NULL,
    mac      TEXT NOT NULL,
    head_mac TEXT NOT NULL
);

CREATE TRIGGER staff_events_no_update BEFORE UPDATE ON staff_events
    FOR EACH ROW EXECUTE FUNCTION viptill_refuse('the audit trail is append-only');
CREATE TRIGGER staff_events_no_delete BEFORE DELETE ON staff_events
    FOR EACH ROW EXECUTE FUNCTION viptill_refuse('the audit trail is append-only');
CREATE TRIGGER staff_events_no_truncate BEFORE TRUNCATE ON staff_events
    FOR EACH STATEMENT EXECUTE FUNCTION viptill_refuse('the audit trail is append-only');
