-- Corroborate store, schema 2: claims resolved by a party's own confirmation (scoring.PartyConfirmation), one row
-- per claim snapshot that has one. Track records count them as confirmed claims unless a reviewer's verdict is in
-- force on the claim.

CREATE TABLE IF NOT EXISTS party_confirmations (
    run_id         BIGINT NOT NULL,
    claim_id       VARCHAR(500) NOT NULL,
    party_id       VARCHAR(500) NOT NULL,
    party_name     VARCHAR(1000) NOT NULL,
    attribution_id VARCHAR(1100) NOT NULL,
    outlet         VARCHAR(1000) NOT NULL,
    PRIMARY KEY (run_id, claim_id),
    FOREIGN KEY (run_id, claim_id) REFERENCES claim_snapshots (run_id, claim_id)
);
