-- VipTill schema, version 1: catalogue, members and cards, sales and returns,
-- the points ledger, redemptions. Money is integer fen, rates are integer
-- ten-thousandths (0.88 = 8800), dates 'YYYY-MM-DD', times 'YYYY-MM-DDTHH:MM:SS'.

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE sequences (
    name  TEXT PRIMARY KEY,
    value INTEGER NOT NULL
);

CREATE TABLE counters (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 40)
);

-- 单品单码: one record per barcode.
CREATE TABLE products (
    id         INTEGER PRIMARY KEY,
    barcode    TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL,
    counter_id INTEGER NOT NULL REFERENCES counters(id),
    list_fen   INTEGER NOT NULL CHECK (list_fen >= 0),
    special    INTEGER NOT NULL DEFAULT 0 CHECK (special IN (0, 1)),
    on_sale    INTEGER NOT NULL DEFAULT 1 CHECK (on_sale IN (0, 1))
);
CREATE INDEX products_counter ON products(counter_id);

-- Every price a product has had, and when, and through what.
CREATE TABLE price_history (
    id         INTEGER PRIMARY KEY,
    product_id INTEGER NOT NULL REFERENCES products(id),
    list_fen   INTEGER NOT NULL,
    special    INTEGER NOT NULL,
    changed_at TEXT NOT NULL,
    source     TEXT NOT NULL
);
CREATE INDEX price_history_product ON price_history(product_id);

CREATE TABLE counter_promotions (
    id          INTEGER PRIMARY KEY,
    counter_id  INTEGER NOT NULL REFERENCES counters(id),
    rate        INTEGER NOT NULL CHECK (rate > 0 AND rate <= 10000),
    valid_from  TEXT,
    valid_to    TEXT,
    created_at  TEXT NOT NULL,
    cleared_at  TEXT
);
CREATE INDEX counter_promotions_counter ON counter_promotions(counter_id, cleared_at);

CREATE TABLE multiplier_rules (
    id                    INTEGER PRIMARY KEY,
    name                  TEXT NOT NULL,
    multiplier            INTEGER NOT NULL CHECK (multiplier >= 1),
    weekdays              TEXT NOT NULL DEFAULT '',
    months                TEXT NOT NULL DEFAULT '',
    valid_from            TEXT,
    valid_to              TEXT,
    birthday              INTEGER NOT NULL DEFAULT 0 CHECK (birthday IN (0, 1)),
    first_members_per_day INTEGER NOT NULL DEFAULT 0 CHECK (first_members_per_day >= 0),
    active                INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at            TEXT NOT NULL
);
CREATE INDEX multiplier_rules_active ON multiplier_rules(active);

CREATE TABLE members (
    id                  INTEGER PRIMARY KEY,
    name                TEXT NOT NULL,
    gender              TEXT NOT NULL CHECK (gender IN ('F', 'M')),
    birthday            TEXT NOT NULL,
    id_number           TEXT NOT NULL UNIQUE,
    mobile              TEXT NOT NULL UNIQUE,
    address             TEXT NOT NULL,
    category            TEXT NOT NULL,
    tier                TEXT NOT NULL CHECK (tier IN ('gold', 'diamond')),
    joined_at           TEXT NOT NULL,
    joined_on           TEXT NOT NULL,
    upgraded_by_sale_id INTEGER REFERENCES sales(id)
);
CREATE INDEX members_joined_on ON members(joined_on);
CREATE INDEX members_upgraded_by_sale ON members(upgraded_by_sale_id);

CREATE TABLE cards (
    id           INTEGER PRIMARY KEY,
    number       TEXT NOT NULL UNIQUE,
    member_id    INTEGER NOT NULL REFERENCES members(id),
    generation   INTEGER NOT NULL CHECK (generation >= 1),
    status       TEXT NOT NULL CHECK (status IN ('pending', 'active', 'blocked', 'replaced', 'lapsed')),
    issued_at    TEXT NOT NULL,
    status_at    TEXT NOT NULL,
    status_note  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX cards_member ON cards(member_id);
-- A member has one active card at a time.
CREATE UNIQUE INDEX cards_one_active ON cards(member_id) WHERE status = 'active';

-- Receipt numbers run per terminal and day.
CREATE TABLE receipt_sequences (
    terminal TEXT NOT NULL,
    day      TEXT NOT NULL,
    last_seq INTEGER NOT NULL,
    PRIMARY KEY (terminal, day)
);

CREATE TABLE sales (
    id                INTEGER PRIMARY KEY,
    receipt_no        TEXT NOT NULL UNIQUE,
    terminal          TEXT NOT NULL,
    day               TEXT NOT NULL,
    seq               INTEGER NOT NULL,
    at                TEXT NOT NULL,
    member_id         INTEGER REFERENCES members(id),
    card_id           INTEGER REFERENCES cards(id),
    tier              TEXT CHECK (tier IN ('gold', 'diamond')),
    total_list_fen    INTEGER NOT NULL,
    total_fen         INTEGER NOT NULL,
    points_member_id  INTEGER REFERENCES members(id),
    points_multiplier INTEGER,
    points_base       INTEGER,
    points_bonus      INTEGER,
    points_earned     INTEGER,
    birthday_gift     INTEGER NOT NULL DEFAULT 0 CHECK (birthday_gift IN (0, 1)),
    upgraded_to       TEXT CHECK (upgraded_to IN ('diamond')),
    UNIQUE (terminal, day, seq)
);
CREATE INDEX sales_day_member ON sales(day, points_member_id);
CREATE INDEX sales_points_member_day ON sales(points_member_id, day);
CREATE INDEX sales_member ON sales(member_id);
CREATE INDEX sales_card ON sales(card_id);

CREATE TABLE sale_lines (
    id              INTEGER PRIMARY KEY,
    sale_id         INTEGER NOT NULL REFERENCES sales(id),
    line_no         INTEGER NOT NULL,
    product_id      INTEGER NOT NULL REFERENCES products(id),
    barcode         TEXT NOT NULL,
    name            TEXT NOT NULL,
    counter_id      INTEGER NOT NULL REFERENCES counters(id),
    counter_name    TEXT NOT NULL,
    qty             INTEGER NOT NULL CHECK (qty > 0),
    list_fen        INTEGER NOT NULL,
    promo_rate      INTEGER NOT NULL,
    after_promo_fen INTEGER NOT NULL,
    member_rate     INTEGER NOT NULL,
    amount_fen      INTEGER NOT NULL,
    special         INTEGER NOT NULL CHECK (special IN (0, 1)),
    UNIQUE (sale_id, line_no)
);
CREATE INDEX sale_lines_product ON sale_lines(product_id);

CREATE TABLE sale_tenders (
    id         INTEGER PRIMARY KEY,
    sale_id    INTEGER NOT NULL REFERENCES sales(id),
    kind       TEXT NOT NULL CHECK (kind IN ('cash', 'bank_card', 'wechat_pay', 'alipay')),
    amount_fen INTEGER NOT NULL
);
CREATE INDEX sale_tenders_sale ON sale_tenders(sale_id);

CREATE TABLE returns (
    id              INTEGER PRIMARY KEY,
    sale_id         INTEGER NOT NULL REFERENCES sales(id),
    at              TEXT NOT NULL,
    day             TEXT NOT NULL,
    refund_fen      INTEGER NOT NULL,
    points_reversed INTEGER NOT NULL,
    back_to_gold    INTEGER NOT NULL DEFAULT 0 CHECK (back_to_gold IN (0, 1))
);
CREATE INDEX returns_sale ON returns(sale_id);
CREATE INDEX returns_day ON returns(day);

CREATE TABLE return_lines (
    id           INTEGER PRIMARY KEY,
    return_id    INTEGER NOT NULL REFERENCES returns(id),
    sale_line_id INTEGER NOT NULL REFERENCES sale_lines(id),
    qty          INTEGER NOT NULL CHECK (qty > 0),
    refund_fen   INTEGER NOT NULL
);
CREATE INDEX return_lines_return ON return_lines(return_id);
CREATE INDEX return_lines_sale_line ON return_lines(sale_line_id);

CREATE TABLE return_tenders (
    id         INTEGER PRIMARY KEY,
    return_id  INTEGER NOT NULL REFERENCES returns(id),
    kind       TEXT NOT NULL CHECK (kind IN ('cash', 'bank_card', 'wechat_pay', 'alipay')),
    amount_fen INTEGER NOT NULL
);
CREATE INDEX return_tenders_return ON return_tenders(return_id);

-- 积分兑换: one gift item, charged to its counter at list price.
CREATE TABLE redemptions (
    id         INTEGER PRIMARY KEY,
    member_id  INTEGER NOT NULL REFERENCES members(id),
    product_id INTEGER NOT NULL REFERENCES products(id),
    counter_id INTEGER NOT NULL REFERENCES counters(id),
    list_fen   INTEGER NOT NULL,
    cap_fen    INTEGER NOT NULL,
    points     INTEGER NOT NULL CHECK (points >= 1000),
    at         TEXT NOT NULL,
    day        TEXT NOT NULL
);
CREATE INDEX redemptions_member ON redemptions(member_id);
CREATE INDEX redemptions_counter_day ON redemptions(counter_id, day);
CREATE INDEX redemptions_day ON redemptions(day);

-- The points ledger: append-only; a member's balance is the sum of its rows.
CREATE TABLE points_ledger (
    id            INTEGER PRIMARY KEY,
    member_id     INTEGER NOT NULL REFERENCES members(id),
    kind          TEXT NOT NULL CHECK (kind IN ('earn', 'bonus', 'redeem', 'reverse', 'adjust')),
    points        INTEGER NOT NULL,
    sale_id       INTEGER REFERENCES sales(id),
    return_id     INTEGER REFERENCES returns(id),
    redemption_id INTEGER REFERENCES redemptions(id),
    at            TEXT NOT NULL,
    day           TEXT NOT NULL,
    note          TEXT NOT NULL DEFAULT ''
);
CREATE INDEX points_ledger_member ON points_ledger(member_id, kind);
CREATE INDEX points_ledger_day ON points_ledger(day);
-- Foreign keys are checked through these when sales, returns and
-- redemptions are written.
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

-- What was sold stays sold: corrections are returns, never deletions.
CREATE TRIGGER sales_no_delete BEFORE DELETE ON sales
BEGIN
    SELECT RAISE(ABORT, 'sales are never deleted; record a return');
END;

CREATE TRIGGER sale_lines_no_change BEFORE UPDATE ON sale_lines
BEGIN
    SELECT RAISE(ABORT, 'sale lines are never changed; record a return');
END;

CREATE TRIGGER sale_lines_no_delete BEFORE DELETE ON sale_lines
BEGIN
    SELECT RAISE(ABORT, 'sale lines are never deleted; record a return');
END;
