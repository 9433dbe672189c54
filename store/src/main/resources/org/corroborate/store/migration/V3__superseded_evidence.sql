-- Corroborate store, schema 3: whether a piece of a claim's evidence was superseded (scoring's
-- Evidence.superseded: its origin later took the other position on the claim). Track records count each position a
-- source took on a resolved claim, the superseded one included. Rows stored before this schema get the flag from
-- their reason, where scoring has always written "; superseded: the same origin later ...".

-- Safe to run again (IF NOT EXISTS, updates that set what they set): H2 commits each ALTER on its own, so a process
-- killed halfway leaves some columns and no record of this migration, and the next open runs it again.

ALTER TABLE claim_evidence ADD COLUMN IF NOT EXISTS superseded BOOLEAN DEFAULT FALSE NOT NULL;

UPDATE claim_evidence SET superseded = TRUE WHERE counted = FALSE AND reason LIKE '%; superseded: the same origin later %';
