-- The transactional outbox of service-foundation (OutboxRelay publishes and deletes its rows).
CREATE TABLE outbox (
    id          BIGSERIAL    PRIMARY KEY,
    topic       VARCHAR(100) NOT NULL,
    event_id    UUID         NOT NULL,
    message_key VARCHAR(200) NOT NULL,
    ce_type     VARCHAR(200) NOT NULL,
    payload     TEXT         NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL
);
