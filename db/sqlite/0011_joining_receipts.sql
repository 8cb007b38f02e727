-- Version 11: a membership stands on the receipts it was opened with
-- (domain.md, "Joining stands on its receipts"), and a list price is from
-- 0.01 to 9,999,999.99 yuan whatever writes it.

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
