-- Every read of a youth's (pseudonymous) matching data: who, in which role, through which client,
-- which request, why, when.
CREATE TABLE access_log (
    id            BIGSERIAL    PRIMARY KEY,
    actor_subject VARCHAR(200) NOT NULL,
    actor_role    VARCHAR(32)  NOT NULL,
    on_behalf_of  VARCHAR(200),
    request_id    UUID         NOT NULL,
    purpose       VARCHAR(200) NOT NULL,
    read_at       TIMESTAMPTZ  NOT NULL
);
CREATE INDEX access_log_request_idx ON access_log (request_id, read_at DESC);
