-- The transactional outbox of service-foundation: facts that must not be lost (unmet-needs.v1) are
-- written here and published by OutboxRelay, which deletes a row once the broker acknowledged it.
CREATE TABLE outbox (
    id          BIGSERIAL    PRIMARY KEY,
    topic       VARCHAR(100) NOT NULL,
    event_id    UUID         NOT NULL,
    message_key VARCHAR(200) NOT NULL,
    ce_type     VARCHAR(200) NOT NULL,
    payload     TEXT         NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL
);
