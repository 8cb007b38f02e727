-- Version 2: staff who log in at the tills, what they did and who approved
-- it, sales on hold (挂单).

CREATE TABLE staff (
    id              INTEGER PRIMARY KEY,
    number          TEXT NOT NULL UNIQUE,
    name            TEXT NOT NULL,
    role            TEXT NOT NULL CHECK (role IN ('cashier', 'service_desk', 'manager')),
    pin_hash        TEXT NOT NULL,   -- Argon2id (libsodium crypto_pwhash_str), salted
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    locked_until    TEXT,
    active          INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);

-- Who did what at which till, and which manager approved it.
CREATE TABLE staff_events (
    id          INTEGER PRIMARY KEY,
    staff_id    INTEGER REFERENCES staff(id),
    approver_id INTEGER REFERENCES staff(id),
    terminal    TEXT NOT NULL,
    action      TEXT NOT NULL,
    detail      TEXT NOT NULL DEFAULT '',
    at          TEXT NOT NULL
);
CREATE INDEX staff_events_staff ON staff_events(staff_id);
CREATE INDEX staff_events_approver ON staff_events(approver_id);
CREATE INDEX staff_events_at ON staff_events(at);

ALTER TABLE sales ADD COLUMN staff_id INTEGER REFERENCES staff(id);
CREATE INDEX sales_staff ON sales(staff_id);
ALTER TABLE returns ADD COLUMN staff_id INTEGER REFERENCES staff(id);
ALTER TABLE returns ADD COLUMN approver_id INTEGER REFERENCES staff(id);
CREATE INDEX returns_staff ON returns(staff_id);
CREATE INDEX returns_approver ON returns(approver_id);

CREATE TABLE suspended_sales (
    id           INTEGER PRIMARY KEY,
    terminal     TEXT NOT NULL,
    staff_id     INTEGER REFERENCES staff(id),
    card_number  TEXT,
    items        TEXT NOT NULL,  -- BARCODE*QTY separated by spaces
    total_fen    INTEGER NOT NULL,
    suspended_at TEXT NOT NULL,
    resumed_at   TEXT
);
CREATE INDEX suspended_sales_open ON suspended_sales(terminal, resumed_at);
CREATE INDEX suspended_sales_staff ON suspended_sales(staff_id);

-- The tier printed on a card: a gold card of a member who became diamond is
-- due to be swapped for a diamond card at the service desk.
ALTER TABLE cards ADD COLUMN tier TEXT NOT NULL DEFAULT 'gold' CHECK (tier IN ('gold', 'diamond'));
