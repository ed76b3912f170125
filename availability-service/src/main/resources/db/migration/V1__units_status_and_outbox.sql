-- Units of youth-care providers: a group, family home or foster slot with a number of places,
-- and its expertise profile. Sets are stored as comma-separated codes.
CREATE TABLE unit (
    unit_id                     VARCHAR(64)  PRIMARY KEY,
    provider_id                 CHAR(8)      NOT NULL,
    provider_name               VARCHAR(200) NOT NULL,
    name                        VARCHAR(200) NOT NULL,
    kind                        VARCHAR(32)  NOT NULL,
    product_category            VARCHAR(16),
    places                      INTEGER      NOT NULL CHECK (places >= 1),
    age_min                     INTEGER      NOT NULL CHECK (age_min BETWEEN 0 AND 23),
    age_max                     INTEGER      NOT NULL CHECK (age_max BETWEEN 0 AND 23),
    genders                     VARCHAR(16)  NOT NULL,
    domains                     VARCHAR(100) NOT NULL,
    specialties                 VARCHAR(500) NOT NULL,
    treatment_on_site           BOOLEAN      NOT NULL,
    roster_hours_per_week       NUMERIC(8,2),
    stay_intensity              NUMERIC(6,2),
    intensity_band              VARCHAR(32),
    accepts_crisis              BOOLEAN      NOT NULL,
    accepts_confidential        BOOLEAN      NOT NULL,
    municipality_code           CHAR(6)      NOT NULL,
    postcode                    CHAR(6),
    latitude                    DOUBLE PRECISION,
    longitude                   DOUBLE PRECISION,
    confirmation_interval_hours INTEGER      NOT NULL CHECK (confirmation_interval_hours >= 1),
    created_at                  TIMESTAMPTZ  NOT NULL,
    updated_at                  TIMESTAMPTZ  NOT NULL
);
CREATE INDEX unit_provider_idx ON unit (provider_id);
CREATE INDEX unit_kind_municipality_idx ON unit (kind, municipality_code);

-- The current status of a unit: its newest report (newest occurred_at wins).
CREATE TABLE unit_status (
    unit_id                  VARCHAR(64) PRIMARY KEY REFERENCES unit (unit_id),
    event_id                 UUID        NOT NULL,
    available_places         INTEGER     NOT NULL,
    occupied_places          INTEGER     NOT NULL,
    held_back_places         INTEGER     NOT NULL,
    light                    VARCHAR(8)  NOT NULL,
    reason                   VARCHAR(500),
    expected_available_from  DATE,
    occurred_at              TIMESTAMPTZ NOT NULL,
    -- when unit-went-stale was last published for this unit; null while fresh
    stale_published_at       TIMESTAMPTZ
);

-- Every status event received, once: the event id is the idempotency key. An event older than the
-- current status is kept here (applied = false) but does not overwrite it.
CREATE TABLE status_event (
    event_id                 UUID        PRIMARY KEY,
    unit_id                  VARCHAR(64) NOT NULL,
    occurred_at              TIMESTAMPTZ NOT NULL,
    received_at              TIMESTAMPTZ NOT NULL,
    available_places         INTEGER     NOT NULL,
    occupied_places          INTEGER     NOT NULL,
    held_back_places         INTEGER     NOT NULL,
    light                    VARCHAR(8)  NOT NULL,
    reason                   VARCHAR(500),
    expected_available_from  DATE,
    applied                  BOOLEAN     NOT NULL
);
CREATE INDEX status_event_unit_idx ON status_event (unit_id, occurred_at DESC);

-- Transactional outbox: what must be published is written in the same transaction as the change
-- that caused it; the relay publishes and then deletes it. A crash in between only delays it.
CREATE TABLE outbox (
    id          BIGSERIAL    PRIMARY KEY,
    topic       VARCHAR(100) NOT NULL,
    event_id    UUID         NOT NULL,
    message_key VARCHAR(200) NOT NULL,
    ce_type     VARCHAR(200) NOT NULL,
    payload     TEXT         NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL
);
