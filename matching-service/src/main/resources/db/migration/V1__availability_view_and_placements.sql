-- matching-service's own view of every unit's availability, materialised from bed-availability.v1.
CREATE TABLE unit_availability (
    unit_id           VARCHAR(64) PRIMARY KEY,
    provider_id       CHAR(8)     NOT NULL,
    kind              VARCHAR(32) NOT NULL,
    places            INTEGER     NOT NULL,
    available_places  INTEGER     NOT NULL,
    occupied_places   INTEGER     NOT NULL,
    held_back_places  INTEGER     NOT NULL,
    light             VARCHAR(8)  NOT NULL,
    occurred_at       TIMESTAMPTZ NOT NULL,
    last_reported_at  TIMESTAMPTZ NOT NULL,
    stale             BOOLEAN     NOT NULL
);

-- A youth placed in a unit, after a proposal its provider accepted.
CREATE TABLE placement (
    placement_id        UUID        PRIMARY KEY,
    request_id          UUID        NOT NULL,
    unit_id             VARCHAR(64) NOT NULL,
    provider_id         CHAR(8)     NOT NULL,
    bridging_placement  BOOLEAN     NOT NULL,
    placed_at           TIMESTAMPTZ NOT NULL
);
CREATE INDEX placement_request_idx ON placement (request_id);
