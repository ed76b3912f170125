-- The inbox every consumer shares (service-foundation's Inbox): applied event ids, recorded in the
-- transaction of their effect. Status events applied before it existed are known by their history.
CREATE TABLE consumed_event (
    event_id     UUID         PRIMARY KEY,
    topic        VARCHAR(100) NOT NULL,
    consumed_at  TIMESTAMPTZ  NOT NULL
);

INSERT INTO consumed_event (event_id, topic, consumed_at)
SELECT event_id, 'bed-status.v1', now() FROM status_event;
