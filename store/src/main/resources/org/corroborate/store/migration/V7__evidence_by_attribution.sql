-- Corroborate store, schema 7: the evidence rows of an attribution found by index, so that the claims sharing a
-- piece of evidence with the reviewed and confirmed claims (to which a verdict carries over, or which supersede
-- them) are read without reading every claim (Store.resolutionState, for `report --week` and `compare`).

-- Safe to run again (IF NOT EXISTS).

CREATE INDEX IF NOT EXISTS claim_evidence_attribution ON claim_evidence (attribution_id);
