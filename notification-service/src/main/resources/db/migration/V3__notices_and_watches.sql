-- Each occasion is stored once per recipient (dedupe_key: the event id, or the rule and its moment),
-- however often the event that caused it is read; a link into the web front.
ALTER TABLE notification ADD COLUMN dedupe_key VARCHAR(300);
ALTER TABLE notification ADD COLUMN link VARCHAR(300);
UPDATE notification SET dedupe_key = notification_id::text WHERE dedupe_key IS NULL;
ALTER TABLE notification ALTER COLUMN dedupe_key SET NOT NULL;
CREATE UNIQUE INDEX notification_once_idx ON notification (dedupe_key, recipient);

-- Who read which notification: one sent to a role is read by each of its members on their own.
CREATE TABLE notification_read (
    notification_id  UUID         NOT NULL,
    reader           VARCHAR(200) NOT NULL,
    read_at          TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (notification_id, reader)
);

-- What is followed to notify at the right moment: requests (referrer, state, decision, whether a
-- fitting place is free), crisis stays (their clock), stale units (until they report).
CREATE TABLE watched_request (
    request_id            UUID         PRIMARY KEY,
    referrer_id           VARCHAR(200),
    status                VARCHAR(16),
    decision_valid_until  DATE,
    free_fitting_place    BOOLEAN,
    updated_at            TIMESTAMPTZ
);
CREATE INDEX watched_request_decision_idx ON watched_request (decision_valid_until) WHERE status = 'OPEN';

CREATE TABLE crisis_stay (
    proposal_id      UUID         PRIMARY KEY,
    request_id       UUID         NOT NULL,
    unit_id          VARCHAR(64)  NOT NULL,
    provider_id      VARCHAR(8)   NOT NULL,
    start_date       DATE         NOT NULL,
    crisis_end_date  DATE         NOT NULL
);

CREATE TABLE stale_unit (
    unit_id      VARCHAR(64)  PRIMARY KEY,
    provider_id  VARCHAR(8)   NOT NULL,
    stale_since  TIMESTAMPTZ  NOT NULL
);
