-- Subscriptions: some kinds of what reaches the owner's inbox, also by e-mail or signed webhook.
CREATE TABLE subscription (
    subscription_id  UUID          PRIMARY KEY,
    owner            VARCHAR(200)  NOT NULL,
    recipients       TEXT[]        NOT NULL,
    channel          VARCHAR(8)    NOT NULL,
    target           VARCHAR(500)  NOT NULL,
    kinds            TEXT[]        NOT NULL,
    secret           VARCHAR(100),
    created_at       TIMESTAMPTZ   NOT NULL
);
CREATE INDEX subscription_owner_idx ON subscription (owner);

-- The delivery log: one delivery per occasion (dedupe key) and subscription, never a second; its
-- attempts, and DEAD after the last one (the dead letters admins replay).
CREATE TABLE delivery (
    delivery_id      UUID          PRIMARY KEY,
    dedupe_key       VARCHAR(300)  NOT NULL,
    subscription_id  UUID          NOT NULL,
    notification_id  UUID          NOT NULL,
    state            VARCHAR(10)   NOT NULL,
    attempts         INT           NOT NULL,
    next_attempt_at  TIMESTAMPTZ   NOT NULL,
    last_error       VARCHAR(500),
    delivered_at     TIMESTAMPTZ,
    UNIQUE (dedupe_key, subscription_id)
);
CREATE INDEX delivery_due_idx ON delivery (next_attempt_at) WHERE state = 'PENDING';
