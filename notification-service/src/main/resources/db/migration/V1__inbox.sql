-- In-app notifications. A recipient is a key: provider:<providerId>, role:<role> or user:<subject>.
CREATE TABLE notification (
    notification_id  UUID         PRIMARY KEY,
    recipient        VARCHAR(200) NOT NULL,
    kind             VARCHAR(64)  NOT NULL,
    subject_ref      VARCHAR(200) NOT NULL,
    message          TEXT         NOT NULL,
    created_at       TIMESTAMPTZ  NOT NULL
);
CREATE INDEX notification_recipient_idx ON notification (recipient, created_at DESC);

-- Event ids already applied, recorded in the same transaction as their effect.
CREATE TABLE consumed_event (
    event_id     UUID         PRIMARY KEY,
    topic        VARCHAR(100) NOT NULL,
    consumed_at  TIMESTAMPTZ  NOT NULL
);
