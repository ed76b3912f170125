-- The intake form itself. referrer_id is the referrer's opaque token subject (sub), which decides
-- who may read the request; referrer_subject their user name, for people reading the access log. The BSN is never stored: only its keyed pseudonym (youth_pseudonym).
-- form holds the rest of the form as JSON (names, birth date, postcode, referrer, needs,
-- perspective, decision): personal data that only the referrer and coordinators may read.
ALTER TABLE placement_request
    ADD COLUMN referrer_id           VARCHAR(200),
    ADD COLUMN linked_to_request_id  UUID REFERENCES placement_request (request_id),
    ADD COLUMN decision_valid_until  DATE,
    ADD COLUMN closed_reason         VARCHAR(500),
    ADD COLUMN form                  TEXT;
CREATE INDEX placement_request_linked_idx ON placement_request (linked_to_request_id) WHERE linked_to_request_id IS NOT NULL;
CREATE INDEX placement_request_expiry_idx ON placement_request (decision_valid_until) WHERE status = 'OPEN';

-- Access log entries also say which youth (pseudonym) and on whose behalf (the client application).
ALTER TABLE access_log
    ADD COLUMN youth_pseudonym  CHAR(64),
    ADD COLUMN on_behalf_of     VARCHAR(200);

-- A provider's current waiting list, one row per entry. No BSN: the pseudonym when it was known.
CREATE TABLE waitlist_entry (
    provider_id         VARCHAR(8)   NOT NULL,
    provider_entry_id   VARCHAR(100) NOT NULL,
    youth_pseudonym     CHAR(64),
    given_name          VARCHAR(200) NOT NULL,
    family_name_prefix  VARCHAR(50),
    family_name         VARCHAR(200) NOT NULL,
    birth_date          DATE         NOT NULL,
    gender              VARCHAR(1)   NOT NULL,
    postcode            VARCHAR(6)   NOT NULL,
    municipality_code   VARCHAR(6),
    care_function       VARCHAR(32)  NOT NULL,
    registered_on       DATE,
    updated_at          TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (provider_id, provider_entry_id)
);

-- Transactional outbox: events are written in the same transaction as the change they announce;
-- the relay publishes them and deletes a row only once the broker acknowledged it.
CREATE TABLE outbox (
    id          BIGSERIAL    PRIMARY KEY,
    topic       VARCHAR(100) NOT NULL,
    event_id    UUID         NOT NULL,
    message_key VARCHAR(200) NOT NULL,
    ce_type     VARCHAR(200) NOT NULL,
    payload     TEXT         NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL
);

-- At most one open primary request per youth, also when two forms arrive at once.
CREATE UNIQUE INDEX placement_request_one_open_primary_idx ON placement_request (youth_pseudonym)
    WHERE status = 'OPEN' AND linked_to_request_id IS NULL;
