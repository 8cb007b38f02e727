-- Version 11: as db/sqlite/0011_joining_receipts.sql. A membership stands
-- on the receipts it was opened with (domain.md, "Joining stands on its
-- receipts"), and a list price is from 0.01 to 9,999,999.99 yuan whatever
-- writes it.

-- The services refuse a list price out of bounds with INVALID_PRICE; these
-- make sure no other path writes one. A price already stored is left as it
-- was until it is changed.
CREATE FUNCTION viptill_refuse_list_price() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.list_fen < 1 OR NEW.list_fen > 999999999 THEN
        RAISE EXCEPTION 'a list price is from 0.01 to 9999999.99 yuan'
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER products_list_price BEFORE INSERT ON products
    FOR EACH ROW EXECUTE FUNCTION viptill_refuse_list_price();
CREATE TRIGGER products_list_price_change BEFORE UPDATE OF list_fen ON products
    FOR EACH ROW WHEN (NEW.list_fen <> OLD.list_fen) EXECUTE FUNCTION viptill_refuse_list_price();
