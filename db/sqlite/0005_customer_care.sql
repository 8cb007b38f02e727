-- Version 5: customer care (客户维护). The member file beyond the joining
-- form, member classes (RFM), revived cards, follow-up calls and the SMS
-- outbox. Dates 'YYYY-MM-DD', times 'YYYY-MM-DDTHH:MM:SS', call windows 'HH:MM'.

-- What the desk learns about a member (soft data) and the contact details
-- the joining form has no room for. One row per member, written when the
-- file is first saved; a member without a row has the defaults.
CREATE TABLE member_profiles (
    member_id          INTEGER PRIMARY KEY REFERENCES members(id),
    email              TEXT NOT NULL DEFAULT '',
    sizes              TEXT NOT NULL DEFAULT '',
    job                TEXT NOT NULL DEFAULT '',
    family             TEXT NOT NULL DEFAULT '',
    tastes             TEXT NOT NULL DEFAULT '',
    hobbies            TEXT NOT NULL DEFAULT '',
    preferred_contact  TEXT NOT NULL DEFAULT 'phone'
                       CHECK (preferred_contact IN ('phone', 'sms', 'wechat', 'email')),
    promotion_response TEXT NOT NULL DEFAULT 'unknown'
                       CHECK (promotion_response IN ('unknown', 'keen', 'neutral', 'uninterested')),
    -- Office workers are called 12:30-13:00 ('noon') or 19:30-20:30 ('evening').
    call_window        TEXT NOT NULL DEFAULT 'daytime'
                       CHECK (call_window IN ('daytime', 'noon', 'evening')),
    sms_opt_out        INTEGER NOT NULL DEFAULT 0 CHECK (sms_opt_out IN (0, 1)),
    updated_at         TEXT NOT NULL,
    updated_by         INTEGER REFERENCES staff(id)
);
CREATE INDEX member_profiles_updated_by ON member_profiles(updated_by);

-- A/B/C by recency, frequency and spend, as the nightly run left them.
CREATE TABLE member_classes (
    member_id   INTEGER PRIMARY KEY REFERENCES members(id),
    class       TEXT NOT NULL CHECK (class IN ('A', 'B', 'C')),
    last_visit  TEXT NOT NULL,
    visits      INTEGER NOT NULL CHECK (visits >= 0),
    spend_fen   INTEGER NOT NULL,
    computed_on TEXT NOT NULL
);
CREATE INDEX member_classes_class ON member_classes(class, last_visit);
CREATE INDEX member_classes_last_visit ON member_classes(last_visit);

-- A lapsed card made active again at the service desk. The revival starts
-- the lapse period anew, as a purchase would.
CREATE TABLE card_revivals (
    id        INTEGER PRIMARY KEY,
    card_id   INTEGER NOT NULL REFERENCES cards(id),
    member_id INTEGER NOT NULL REFERENCES members(id),
    at        TEXT NOT NULL,
    day       TEXT NOT NULL,
    lapsed_on TEXT NOT NULL,
    staff_id  INTEGER REFERENCES staff(id)
);
CREATE INDEX card_revivals_member ON card_revivals(member_id, day);
CREATE INDEX card_revivals_card ON card_revivals(card_id);
CREATE INDEX card_revivals_staff ON card_revivals(staff_id);

-- Follow-up calls (回访), planned each morning. One call per member, kind
-- and subject ('purchase:2026-11-11', 'return:17', 'birthday:2026' …), so
-- planning the same day twice adds nothing.
CREATE TABLE follow_up_calls (
    id           INTEGER PRIMARY KEY,
    member_id    INTEGER NOT NULL REFERENCES members(id),
    kind         TEXT NOT NULL
                 CHECK (kind IN ('product_use', 'birthday', 'after_sales', 'points_reminder', 'dormant')),
    subject      TEXT NOT NULL,
    due_on       TEXT NOT NULL,
    window_from  TEXT NOT NULL,
    window_to    TEXT NOT NULL,
    assigned_to  INTEGER REFERENCES staff(id),
    planned_at   TEXT NOT NULL,
    outcome      TEXT CHECK (outcome IN ('reached', 'no_answer', 'wrong_number', 'declined')),
    satisfaction INTEGER CHECK (satisfaction BETWEEN 1 AND 5),
    suggestions  TEXT NOT NULL DEFAULT '',
    called_at    TEXT,
    called_by    INTEGER REFERENCES staff(id),
    UNIQUE (member_id, kind, subject),
    CHECK (satisfaction IS NULL OR outcome = 'reached')
);
CREATE INDEX follow_up_calls_due ON follow_up_calls(due_on);
CREATE INDEX follow_up_calls_member_due ON follow_up_calls(member_id, due_on);
CREATE INDEX follow_up_calls_assigned ON follow_up_calls(assigned_to);
CREATE INDEX follow_up_calls_called_by ON follow_up_calls(called_by);

-- Text messages for the store's SMS gateway, exported as CSV. At most one
-- greeting and one points reminder per member and day.
CREATE TABLE sms_outbox (
    id          INTEGER PRIMARY KEY,
    member_id   INTEGER NOT NULL REFERENCES members(id),
    kind        TEXT NOT NULL CHECK (kind IN ('greeting', 'points_reminder')),
    occasion    TEXT NOT NULL,
    for_date    TEXT NOT NULL,
    mobile      TEXT NOT NULL,
    text        TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    status      TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'exported', 'withdrawn')),
    status_at   TEXT,
    batch       TEXT NOT NULL DEFAULT '',
    UNIQUE (member_id, kind, for_date)
);
CREATE INDEX sms_outbox_day ON sms_outbox(for_date, status);
