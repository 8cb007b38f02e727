-- Version 7: the manager's office. Redemptions record who gave them and may
-- be cancelled the same day; prices record who changed them; the day close
-- (日结) freezes a day's figures and tenders, and nothing dated on or before
-- a closed day can be written afterwards. Covering indexes let the figures
-- of any range be added up from indexes alone.

-- Who handed the gift over, the manager whose PIN approved it, and a
-- cancellation (same day only; the points come back as an 'adjust' row of
-- the ledger that names the redemption).
ALTER TABLE redemptions ADD COLUMN staff_id INTEGER REFERENCES staff(id);
ALTER TABLE redemptions ADD COLUMN approver_id INTEGER REFERENCES staff(id);
ALTER TABLE redemptions ADD COLUMN cancelled_at TEXT;
ALTER TABLE redemptions ADD COLUMN cancel_staff_id INTEGER REFERENCES staff(id);
ALTER TABLE redemptions ADD COLUMN cancel_approver_id INTEGER REFERENCES staff(id);
CREATE INDEX redemptions_staff ON redemptions(staff_id);
CREATE INDEX redemptions_approver ON redemptions(approver_id);
CREATE INDEX redemptions_cancel_staff ON redemptions(cancel_staff_id);
CREATE INDEX redemptions_cancel_approver ON redemptions(cancel_approver_id);

-- The manager who changed a price (NULL: the import or the CLI, named in source).
ALTER TABLE price_history ADD COLUMN staff_id INTEGER REFERENCES staff(id);
CREATE INDEX price_history_staff ON price_history(staff_id);

-- 日结: one row per closed day, its figures as they stood at the close.
-- points_outstanding is the sum of every balance at the end of the day: the
-- figures of later days start from it instead of adding up the whole ledger.
CREATE TABLE day_closes (
    day                 TEXT PRIMARY KEY,
    closed_at           TEXT NOT NULL,
    staff_id            INTEGER REFERENCES staff(id),
    closed_by           TEXT NOT NULL,   -- the manager's staff number, or 'cli'
    tickets             INTEGER NOT NULL,
    tickets_fen         INTEGER NOT NULL,
    vip_tickets_fen     INTEGER NOT NULL,
    items               INTEGER NOT NULL,
    returns             INTEGER NOT NULL,
    refunded_fen        INTEGER NOT NULL,
    vip_refunded_fen    INTEGER NOT NULL,
    new_members         INTEGER NOT NULL,
    points_earned       INTEGER NOT NULL,
    points_reversed     INTEGER NOT NULL,
    points_redeemed     INTEGER NOT NULL,
    redemptions         INTEGER NOT NULL,
    redemption_cost_fen INTEGER NOT NULL,
    points_outstanding  INTEGER NOT NULL
);
CREATE INDEX day_closes_staff ON day_closes(staff_id);

-- What each tender took and paid back on a closed day (the drawer's count).
CREATE TABLE day_close_tenders (
    id           INTEGER PRIMARY KEY,
    day          TEXT NOT NULL REFERENCES day_closes(day),
    kind         TEXT NOT NULL CHECK (kind IN ('cash', 'bank_card', 'wechat_pay', 'alipay')),
    taken_fen    INTEGER NOT NULL,
    refunded_fen INTEGER NOT NULL,
    UNIQUE (day, kind)
);

-- The services refuse such writes with DAY_CLOSED first; these make sure no
-- other path can change a closed day's figures.
CREATE TRIGGER sales_day_closed BEFORE INSERT ON sales
WHEN EXISTS (SELECT 1 FROM day_closes WHERE day >= NEW.day)
BEGIN
    SELECT RAISE(ABORT, 'the day is closed');
END;

CREATE TRIGGER returns_day_closed BEFORE INSERT ON returns
WHEN EXISTS (SELECT 1 FROM day_closes WHERE day >= NEW.day)
BEGIN
    SELECT RAISE(ABORT, 'the day is closed');
END;

CREATE TRIGGER redemptions_day_closed BEFORE INSERT ON redemptions
WHEN EXISTS (SELECT 1 FROM day_closes WHERE day >= NEW.day)
BEGIN
    SELECT RAISE(ABORT, 'the day is closed');
END;

CREATE TRIGGER redemptions_cancel_day_closed BEFORE UPDATE OF cancelled_at ON redemptions
WHEN EXISTS (SELECT 1 FROM day_closes WHERE day >= OLD.day)
BEGIN
    SELECT RAISE(ABORT, 'the day is closed');
END;

CREATE TRIGGER points_ledger_day_closed BEFORE INSERT ON points_ledger
WHEN EXISTS (SELECT 1 FROM day_closes WHERE day >= NEW.day)
BEGIN
    SELECT RAISE(ABORT, 'the day is closed');
END;

CREATE TRIGGER members_day_closed BEFORE INSERT ON members
WHEN EXISTS (SELECT 1 FROM day_closes WHERE day >= NEW.joined_on)
BEGIN
    SELECT RAISE(ABORT, 'the day is closed');
END;

-- A closed day stays closed.
CREATE TRIGGER day_closes_no_update BEFORE UPDATE ON day_closes
BEGIN
    SELECT RAISE(ABORT, 'a closed day is never changed');
END;

CREATE TRIGGER day_closes_no_delete BEFORE DELETE ON day_closes
BEGIN
    SELECT RAISE(ABORT, 'a closed day is never reopened');
END;

-- Covering indexes for the figures of a range of days: tickets, member
-- share, hours and tiers from the sales index; items and counters from the
-- lines index, reached by sale; points from the ledger index.
CREATE INDEX sales_day_figures ON sales(day, points_member_id, total_fen, tier, at);
CREATE INDEX sale_lines_sale_figures ON sale_lines(sale_id, counter_id, qty, amount_fen);
CREATE INDEX returns_day_figures ON returns(day, sale_id, refund_fen);
CREATE INDEX points_ledger_day_figures ON points_ledger(day, kind, points);
CREATE INDEX redemptions_day_figures ON redemptions(day, cancelled_at, counter_id, list_fen, points);
-- A member's spend in a year (the diamond event's list).
CREATE INDEX sales_member_spend ON sales(points_member_id, day, total_fen);
-- Gifts a points step allows: list price within the cap, not special, on sale.
CREATE INDEX products_gifts ON products(special, on_sale, list_fen);
CREATE INDEX members_tier ON members(tier);
