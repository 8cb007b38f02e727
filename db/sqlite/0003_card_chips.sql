-- Version 3: the NFC chip a card was written onto. The MAC on the chip binds
-- its UID already; keeping the UID here too means a copy is refused even by
-- someone who has the store's key, and shows which chip to look for.

ALTER TABLE cards ADD COLUMN chip_uid TEXT;  -- upper-case hex, NULL until written
CREATE UNIQUE INDEX cards_chip_uid ON cards(chip_uid) WHERE chip_uid IS NOT NULL;
