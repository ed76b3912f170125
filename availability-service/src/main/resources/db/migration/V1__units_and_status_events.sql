-- Units of youth-care providers (a group, family home or foster slot with a number of places).
CREATE TABLE unit (
    unit_id       VARCHAR(64)  PRIMARY KEY,
    provider_id   CHAR(8)      NOT NULL,
    provider_name VARCHAR(200) NOT NULL,
    name          VARCHAR(200) NOT NULL,
    kind          VARCHAR(32)  NOT NULL,
    places        INTEGER      NOT NULL CHECK (places >= 1),
    updated_at    TIMESTAMPTZ  NOT NULL
);
CREATE INDEX unit_provider_idx ON unit (provider_id);

-- Every status event received, once: the event id is the idempotency key.
CREATE TABLE status_event (
    event_id          UUID        PRIMARY KEY,
    unit_id           VARCHAR(64) NOT NULL,
    occurred_at       TIMESTAMPTZ NOT NULL,
    received_at       TIMESTAMPTZ NOT NULL,
    available_places  INTEGER     NOT NULL,
    occupied_places   INTEGER     NOT NULL,
    held_back_places  INTEGER     NOT NULL,
    light             VARCHAR(8),
    reason            VARCHAR(500)
);
CREATE INDEX status_event_unit_idx ON status_event (unit_id, occurred_at DESC);
