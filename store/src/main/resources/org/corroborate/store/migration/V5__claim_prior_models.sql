-- Corroborate store, schema 5: the claim prior model each run scored with (`run --claim-prior MODEL`), so that the
-- commands that score the stored articles again (`report --week`, `compare`) score them as the runs did. A run
-- names its model by the file's name and its SHA-256; the model's bytes are kept once per SHA-256. NULL: the run
-- used the default prior (0.5), as every run stored before this schema is taken to have done.

-- Safe to run again (IF NOT EXISTS): H2 commits each statement on its own, so a process killed halfway leaves part
-- of it and no record of this migration, and the next open runs it again.

CREATE TABLE IF NOT EXISTS claim_prior_models (
    sha256 CHAR(64) PRIMARY KEY,
    model  ${binary} NOT NULL
);

ALTER TABLE runs ADD COLUMN IF NOT EXISTS claim_prior_name VARCHAR(1000);

ALTER TABLE runs ADD COLUMN IF NOT EXISTS claim_prior_sha256 CHAR(64);
