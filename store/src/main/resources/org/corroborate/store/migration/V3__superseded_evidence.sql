-- Corroborate store, schema 3: whether a piece of a claim's evidence was superseded (scoring's
-- Evidence.superseded: its origin later took the other position on the claim). Track records count each position a
-- source took on a resolved claim, the superseded one included. Rows stored before this schema get the flag from
-- their reason, where scoring has always written "; superseded: the same origin later ...".

ALTER TABLE claim_evidence ADD COLUMN superseded BOOLEAN DEFAULT FALSE NOT NULL;

UPDATE claim_evidence SET superseded = TRUE WHERE counted = FALSE AND reason LIKE '%; superseded: the same origin later %';
