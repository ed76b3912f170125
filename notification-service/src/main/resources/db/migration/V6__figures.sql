-- What the municipal figures are made of (domain rules 12, 17, 24), followed from the topics: no
-- youth in it, only units, dates, codes and municipalities.
ALTER TABLE watched_request ADD COLUMN responsible_municipality_code VARCHAR(6);
ALTER TABLE watched_request ADD COLUMN submitted_on DATE;

CREATE TABLE unit_figure (
    unit_id            VARCHAR(64)  PRIMARY KEY,
    kind               VARCHAR(32),
    municipality_code  VARCHAR(6),
    places             INT          NOT NULL DEFAULT 0,
    available_places   INT          NOT NULL DEFAULT 0,
    occupied_places    INT          NOT NULL DEFAULT 0,
    held_back_places   INT          NOT NULL DEFAULT 0,
    stale              BOOLEAN      NOT NULL DEFAULT true,
    reported_at        TIMESTAMPTZ
);

-- Open proposals: each holds a place of its unit.
CREATE TABLE open_proposal (
    proposal_id  UUID         PRIMARY KEY,
    unit_id      VARCHAR(64)  NOT NULL
);

-- The regional waiting list without doubles: one row per youth and care function.
CREATE TABLE waiting_youth (
    entry_key          VARCHAR(120)  PRIMARY KEY,
    municipality_code  VARCHAR(6),
    care_function      VARCHAR(32)   NOT NULL,
    waiting_since      DATE,
    placed_on          DATE
);

CREATE TABLE stay (
    proposal_id      UUID         PRIMARY KEY,
    request_id       UUID         NOT NULL,
    unit_id          VARCHAR(64),
    start_date       DATE,
    crisis_end_date  DATE,
    bridging         BOOLEAN      NOT NULL DEFAULT false,
    ended_on         DATE,
    destination      VARCHAR(32)
);

CREATE TABLE declined_proposal (
    event_id     UUID         PRIMARY KEY,
    request_id   UUID         NOT NULL,
    reason       VARCHAR(32),
    declined_on  DATE         NOT NULL
);

CREATE TABLE unmet_need (
    event_id                       UUID        PRIMARY KEY,
    responsible_municipality_code  VARCHAR(6),
    rules                          TEXT[]      NOT NULL,
    recorded_on                    DATE        NOT NULL
);

-- The figures as they were at the end of each day, per municipality and for the region (REGION).
CREATE TABLE figure_day (
    scope        VARCHAR(8)   NOT NULL,
    day          DATE         NOT NULL,
    figures      JSONB        NOT NULL,
    computed_at  TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (scope, day)
);
