-- Version 4: the service desk. Members are found by name as well as by card,
-- mobile and ID number; diamond members' quarterly free gift is recorded.

CREATE INDEX members_name ON members(name);

-- 钻石卡会员每季度一份免费礼品: one row per member and quarter, never two.
CREATE TABLE diamond_gifts (
    id         INTEGER PRIMARY KEY,
    member_id  INTEGER NOT NULL REFERENCES members(id),
    year       INTEGER NOT NULL,
    quarter    INTEGER NOT NULL CHECK (quarter BETWEEN 1 AND 4),
    gift       TEXT NOT NULL CHECK (length(gift) BETWEEN 1 AND 80),
    claimed_at TEXT NOT NULL,
    staff_id   INTEGER REFERENCES staff(id),
    UNIQUE (member_id, year, quarter)
);
CREATE INDEX diamond_gifts_staff ON diamond_gifts(staff_id);
