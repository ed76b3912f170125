-- A provider reads a youth's intake form only once it has accepted a proposal for the request
-- (domain rule 14; placement-events.v1 ACCEPTED). Each read is written to the access log.
CREATE TABLE provider_access (
    proposal_id  UUID        PRIMARY KEY,
    request_id   UUID        NOT NULL,
    provider_id  CHAR(8)     NOT NULL,
    granted_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX provider_access_request_idx ON provider_access (request_id, provider_id);
