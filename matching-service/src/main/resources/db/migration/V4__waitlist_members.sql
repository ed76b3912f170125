-- The providers' waiting-list entries as intake-service published them (pseudonymous), kept so that
-- the regional list can be linked again after a restart; waitlist-entries.v1 is not compacted.
CREATE TABLE waitlist_member (
    provider_id        VARCHAR(8)   NOT NULL,
    provider_entry_id  VARCHAR(100) NOT NULL,
    youth_pseudonym    CHAR(64),
    given_name_bloom   TEXT         NOT NULL,
    family_name_bloom  TEXT         NOT NULL,
    birth_date         DATE         NOT NULL,
    gender             VARCHAR(1)   NOT NULL,
    pc4                VARCHAR(4),
    care_function      VARCHAR(32)  NOT NULL,
    municipality_code  VARCHAR(6),
    registered_on      DATE,
    updated_at         TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (provider_id, provider_entry_id)
);

-- Event ids already applied, recorded in the same transaction as their effect.
CREATE TABLE consumed_event (
    event_id     UUID         PRIMARY KEY,
    topic        VARCHAR(100) NOT NULL,
    consumed_at  TIMESTAMPTZ  NOT NULL
);
