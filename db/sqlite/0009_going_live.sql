-- Version 9: going live. The store's managers run its staff (a PIN reset
-- must be changed at the next log-in; a leaver is disabled, never deleted,
-- so the history keeps their name) and its programme: every number of the
-- programme is a setting changed from a day on, kept with who changed it,
-- and multiplier rules can be stopped.

ALTER TABLE staff ADD COLUMN must_change_pin INTEGER NOT NULL DEFAULT 0
    CHECK (must_change_pin IN (0, 1));
ALTER TABLE staff ADD COLUMN created_at TEXT;
ALTER TABLE staff ADD COLUMN disabled_at TEXT;

-- Every change of a programme setting. On a day, a change made with a last
-- day (a VIP 专场, 三天免费办卡) that holds the day wins, the newest such;
-- else the standing change with the latest first day. Nothing is changed
-- backwards: a change starts today or later, and stopping one (last_day:
-- its last day now) never ends it before yesterday, so the settings of any
-- past day stay as they were (returns are judged by their sale's day).
CREATE TABLE setting_changes (
    id         INTEGER PRIMARY KEY,
    key        TEXT NOT NULL,
    value      TEXT NOT NULL,
    valid_from TEXT NOT NULL,
    valid_to   TEXT,
    note       TEXT NOT NULL DEFAULT '',
    set_at     TEXT NOT NULL,
    staff_id   INTEGER REFERENCES staff(id),
    last_day   TEXT,
    stopped_at TEXT,
    stopped_by INTEGER REFERENCES staff(id),
    CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
CREATE INDEX setting_changes_days ON setting_changes(valid_from, valid_to);
CREATE INDEX setting_changes_staff ON setting_changes(staff_id);
CREATE INDEX setting_changes_stopped_by ON setting_changes(stopped_by);

-- The programme's numbers a store had set before this version keep their
-- values, as standing values from the start.
INSERT INTO setting_changes (key, value, valid_from, note, set_at)
SELECT CASE key WHEN 'calls_per_member_per_year' THEN 'calls_per_year' ELSE key END,
       value, '2000-01-01', 'before version 9', '2000-01-01T00:00:00'
FROM settings
WHERE key IN ('gold_rate', 'diamond_rate', 'dormant_days', 'lapse_days', 'lapsing_within_days',
              'rfm_a_recency_days', 'rfm_a_visits', 'rfm_a_spend_fen', 'rfm_b_recency_days',
              'rfm_b_visits', 'rfm_b_spend_fen', 'calls_per_member_per_year',
              'points_reminder_balance', 'points_quiet_days', 'sms_signature')
ORDER BY key;
DELETE FROM settings
WHERE key IN ('gold_rate', 'diamond_rate', 'dormant_days', 'lapse_days', 'lapsing_within_days',
              'rfm_a_recency_days', 'rfm_a_visits', 'rfm_a_spend_fen', 'rfm_b_recency_days',
              'rfm_b_visits', 'rfm_b_spend_fen', 'calls_per_member_per_year',
              'points_reminder_balance', 'points_quiet_days', 'sms_signature');

-- A stopped rule keeps its row: sales made under it still name it.
ALTER TABLE multiplier_rules ADD COLUMN stopped_at TEXT;
ALTER TABLE multiplier_rules ADD COLUMN stopped_by INTEGER REFERENCES staff(id);
CREATE INDEX multiplier_rules_stopped_by ON multiplier_rules(stopped_by);
