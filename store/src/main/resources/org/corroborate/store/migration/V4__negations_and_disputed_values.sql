-- Corroborate store, schema 4: whether a piece of a claim's evidence states the claim negated (its rival version:
-- the claim's Claim.negations, report.json's evidence `negation`), and, per claim snapshot, the claim's rival values
-- (Claim.values, as a JSON array of strings) and whether they disagree (Assessment.valuesDisputed, report.json's
-- `values_disputed`).
--
-- Rows stored before this schema: the negation flag comes from the reason, where scoring has written
-- "; states the claim negated (a rival version), ..." or "; denies the claim's opposite (the claim is stated
-- negated), ..." since it has had negations (a negated carrier that is silent has no such words and stays FALSE).
-- Neither the values nor the explanation were stored, so older snapshots get no values ('[]') and values_disputed
-- FALSE ("not known to be disputed") until a later run assesses the claim again.

-- Safe to run again (IF NOT EXISTS, updates that set what they set): H2 commits each ALTER on its own, so a process
-- killed halfway leaves some columns and no record of this migration, and the next open runs it again.

ALTER TABLE claim_evidence ADD COLUMN IF NOT EXISTS negation BOOLEAN DEFAULT FALSE NOT NULL;

UPDATE claim_evidence SET negation = TRUE
    WHERE reason LIKE '%; states the claim negated (a rival version), so it counts against it%'
       OR reason LIKE '%; denies the claim''s opposite (the claim is stated negated), so it counts for it%';

ALTER TABLE claim_snapshots ADD COLUMN IF NOT EXISTS claim_values ${text} DEFAULT '[]' NOT NULL;

ALTER TABLE claim_snapshots ADD COLUMN IF NOT EXISTS values_disputed BOOLEAN DEFAULT FALSE NOT NULL;
