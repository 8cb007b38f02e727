-- Version 3: the NFC chip a card was written onto. As
-- db/sqlite/0003_card_chips.sql.

ALTER TABLE cards ADD COLUMN chip_uid TEXT;  -- upper-case hex, NULL until written
-- A chip carries one live card at a time; a blocked card's chip may be
-- written again for a new card.
CREATE UNIQUE INDEX cards_live_chip ON cards(chip_uid)
    WHERE chip_uid IS NOT NULL AND status IN ('pending', 'active');
