-- Version 11: a membership stands on the receipts it was opened with
-- (domain.md, "Joining stands on its receipts"), and a list price is from
-- 0.01 to 9,999,999.99 yuan whatever writes it.

-- Every joining (办卡) of a member: the first, and each one after a
-- cancellation, which re-opens the same member row (one member per ID
-- number). The receipts credited at a joining point to it; a return of one
-- of them re-decides the tier from those that remain, by the thresholds of
-- the joining's day.
CREATE TABLE joinings (
    id                     INTEGER PRIMARY KEY,
    member_id              INTEGER NOT NULL REFERENCES members(id),
    joined_at              TEXT NOT NULL,
    day                    TEXT NOT NULL,
    staff_id               INTEGER REFERENCES staff(id),
    cancelled_at           TEXT,
    cancelled_by_return_id INTEGER REFERENCES returns(id)
);
CREATE INDEX joinings_member ON joinings(member_id);
CREATE INDEX joinings_staff ON joinings(staff_id);
CREATE INDEX joinings_return ON joinings(cancelled_by_return_id);

ALTER TABLE sales ADD COLUMN joining_id INTEGER REFERENCES joinings(id);
CREATE INDEX sales_joining ON sales(joining_id);

-- When the membership was cancelled because its receipts no longer stand;
-- NULL while it stands. The row, the sales and the points stay.
ALTER TABLE members ADD COLUMN joining_cancelled_at TEXT;

-- Every member so far who joined here joined once (an imported member
-- joined on the old system, with no receipts here); a walk-in receipt
-- credited to a member was credited at that joining.
INSERT INTO joinings (member_id, joined_at, day)
SELECT id, joined_at, joined_on FROM members WHERE imported_on IS NULL ORDER BY id;
UPDATE sales SET joining_id = (SELECT j.id FROM joinings j WHERE j.member_id = sales.points_member_id)
WHERE member_id IS NULL AND points_member_id IS NOT NULL;

-- The services refuse a list price out of bounds with INVALID_PRICE; these
-- make sure no other path writes one. A price already stored is left as it
-- was until it is changed.
CREATE TRIGGER products_list_price BEFORE INSERT ON products
WHEN NEW.list_fen < 1 OR NEW.list_fen > 999999999
BEGIN
    SELECT RAISE(ABORT, 'a list price is from 0.01 to 9999999.99 yuan');
END;

CREATE TRIGGER products_list_price_change BEFORE UPDATE OF list_fen ON products
WHEN NEW.list_fen <> OLD.list_fen AND (NEW.list_fen < 1 OR NEW.list_fen > 999999999)
BEGIN
    SELECT RAISE(ABORT, 'a list price is from 0.01 to 9999999.99 yuan');
END;
