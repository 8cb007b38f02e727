-- Version 10: members from the store's old system (member import). An
-- imported member joined there, perhaps years ago: imported_on is the day
-- the row came in (NULL for a member who joined at a VipTill till). The
-- day-close trigger judges an imported row by it, and the figures do not
-- count imported members as cards opened on their old joining day. Their
-- opening points enter the ledger as 'import' rows (lifetime points there)
-- and 'import_used' rows (what the old system had spent or added besides).

ALTER TABLE members ADD COLUMN imported_on TEXT;
-- New members (cards opened) of a range of days: those who joined here.
CREATE INDEX members_opened_on ON members(joined_on) WHERE imported_on IS NULL;

DROP TRIGGER members_day_closed;
CREATE TRIGGER members_day_closed BEFORE INSERT ON members
WHEN EXISTS (SELECT 1 FROM day_closes WHERE day >= COALESCE(NEW.imported_on, NEW.joined_on))
BEGIN
    SELECT RAISE(ABORT, 'the day is closed');
END;

-- The ledger's kinds are a CHECK of its table, which SQLite cannot alter:
-- the table is made anew, its rows copied as they are (ids, chain places and
-- MACs unchanged, so every chain still verifies), and every index and
-- trigger it had (migrations 1, 6 and 7) made again on it.
CREATE TABLE points_ledger_new (
    id            INTEGER PRIMARY KEY,
    member_id     INTEGER NOT NULL REFERENCES members(id),
    kind          TEXT NOT NULL CHECK (kind IN ('earn', 'bonus', 'redeem', 'reverse', 'adjust',
                                                'import', 'import_used')),
    points        INTEGER NOT NULL,
    sale_id       INTEGER REFERENCES sales(id),
    return_id     INTEGER REFERENCES returns(id),
    redemption_id INTEGER REFERENCES redemptions(id),
    at            TEXT NOT NULL,
    day           TEXT NOT NULL,
    note          TEXT NOT NULL DEFAULT '',
    chain_seq     INTEGER,
    mac           TEXT
);
INSERT INTO points_ledger_new (id, member_id, kind, points, sale_id, return_id, redemption_id,
                               at, day, note, chain_seq, mac)
SELECT id, member_id, kind, points, sale_id, return_id, redemption_id, at, day, note, chain_seq, mac
FROM points_ledger;
DROP TABLE points_ledger;
ALTER TABLE points_ledger_new RENAME TO points_ledger;

-- Version 1
CREATE INDEX points_ledger_member ON points_ledger(member_id, kind);
CREATE INDEX points_ledger_day ON points_ledger(day);
CREATE INDEX points_ledger_sale ON points_ledger(sale_id);
CREATE INDEX points_ledger_return ON points_ledger(return_id);
CREATE INDEX points_ledger_redemption ON points_ledger(redemption_id);

CREATE TRIGGER points_ledger_no_update BEFORE UPDATE ON points_ledger
BEGIN
    SELECT RAISE(ABORT, 'the points ledger is append-only');
END;

CREATE TRIGGER points_ledger_no_delete BEFORE DELETE ON points_ledger
BEGIN
    SELECT RAISE(ABORT, 'the points ledger is append-only');
END;

-- Version 6
CREATE UNIQUE INDEX points_ledger_chain ON points_ledger(member_id, chain_seq);

-- Version 7
CREATE TRIGGER points_ledger_day_closed BEFORE INSERT ON points_ledger
WHEN EXISTS (SELECT 1 FROM day_closes WHERE day >= NEW.day)
BEGIN
    SELECT RAISE(ABORT, 'the day is closed');
END;

CREATE INDEX points_ledger_day_figures ON points_ledger(day, kind, points);
