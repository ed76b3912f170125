-- A placement request submitted through the one intake form. Personal data of the youth arrives
-- with the intake form itself; this table keeps what the lifecycle needs.
CREATE TABLE placement_request (
    request_id        UUID         PRIMARY KEY,
    referrer_subject  VARCHAR(200) NOT NULL,
    youth_pseudonym   CHAR(64)     NOT NULL,
    status            VARCHAR(16)  NOT NULL,
    submitted_at      TIMESTAMPTZ  NOT NULL,
    updated_at        TIMESTAMPTZ  NOT NULL
);
CREATE INDEX placement_request_pseudonym_idx ON placement_request (youth_pseudonym);

-- Every read of a youth's personal data: who, in which role, which request, when, why (NEN 7513).
CREATE TABLE access_log (
    id              BIGSERIAL    PRIMARY KEY,
    actor_subject   VARCHAR(200) NOT NULL,
    actor_role      VARCHAR(32)  NOT NULL,
    request_id      UUID         NOT NULL,
    purpose         VARCHAR(200) NOT NULL,
    read_at         TIMESTAMPTZ  NOT NULL
);
CREATE INDEX access_log_request_idx ON access_log (request_id, read_at DESC);

-- Event ids already applied, recorded in the same transaction as their effect.
CREATE TABLE consumed_event (
    event_id     UUID         PRIMARY KEY,
    topic        VARCHAR(100) NOT NULL,
    consumed_at  TIMESTAMPTZ  NOT NULL
);
