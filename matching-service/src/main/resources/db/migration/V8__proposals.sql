-- Proposals: a coordinator asks up to three units at once; each holds one place of its unit until
-- it is answered or expires. The first acceptance wins: at most one ACCEPTED proposal per request.
CREATE TABLE proposal (
    proposal_id      UUID          PRIMARY KEY,
    request_id       UUID          NOT NULL,
    unit_id          VARCHAR(64)   NOT NULL,
    provider_id      CHAR(8)       NOT NULL,
    state            VARCHAR(16)   NOT NULL,
    message          VARCHAR(1000),
    override_reason  VARCHAR(500),
    proposed_by      VARCHAR(200)  NOT NULL,
    proposed_at      TIMESTAMPTZ   NOT NULL,
    hold_expires_at  TIMESTAMPTZ   NOT NULL,
    answered_by      VARCHAR(200),
    answered_at      TIMESTAMPTZ,
    reason_code      VARCHAR(32),
    reason_detail    VARCHAR(1000)
);
CREATE INDEX proposal_request_idx ON proposal (request_id);
CREATE INDEX proposal_open_idx ON proposal (hold_expires_at) WHERE state = 'OPEN';
CREATE UNIQUE INDEX proposal_one_accepted ON proposal (request_id) WHERE state = 'ACCEPTED';
CREATE UNIQUE INDEX proposal_one_open_per_unit ON proposal (request_id, unit_id) WHERE state = 'OPEN';

ALTER TABLE placement ADD COLUMN proposal_id UUID;
ALTER TABLE placement ADD COLUMN state VARCHAR(16) NOT NULL DEFAULT 'ACTIVE';
CREATE INDEX placement_unit_idx ON placement (unit_id) WHERE state = 'ACTIVE';
