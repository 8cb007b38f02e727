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

CREATE FUNCTION viptill_refuse_closed_joining() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM day_closes WHERE day >= COALESCE(NEW.imported_on, NEW.joined_on)) THEN
        RAISE EXCEPTION 'the day is closed' USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;
END
$$;

DROP TRIGGER members_day_closed ON members;
CREATE TRIGGER members_day_closed BEFORE INSERT ON members
    FOR EACH ROW EXECUTE FUNCTION viptill_refuse_closed_joining();

-- The ledger's rows stay where they are; only its check of the kinds changes.
ALTER TABLE points_ledger DROP CONSTRAINT points_ledger_kind_check;
ALTER TABLE points_ledger ADD CONSTRAINT points_ledger_kind_check
    CHECK (kind IN ('earn', 'bonus', 'redeem', 'reverse', 'adjust', 'import', 'import_used'));
