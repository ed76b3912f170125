-- Why a light is ORANGE or RED, as a code (domain rule 1); the free text stays in reason.
ALTER TABLE unit_status ADD COLUMN reason_code VARCHAR(32);
ALTER TABLE status_event ADD COLUMN reason_code VARCHAR(32);

-- What a unit offers beyond its kind: short and/or long stays (rule 21; empty = the kind's default),
-- a parent with the child (rule 23), a supra-regional back-up pool (rule 18) and whether other
-- providers may see its detail (rule 16).
ALTER TABLE unit ADD COLUMN stay_lengths VARCHAR(16) NOT NULL DEFAULT '';
ALTER TABLE unit ADD COLUMN accepts_family_admission BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE unit ADD COLUMN backup_pool_name VARCHAR(100);
ALTER TABLE unit ADD COLUMN backup_pool_regions TEXT;
ALTER TABLE unit ADD COLUMN detail_visible_to_peers BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE unit ADD CONSTRAINT unit_backup_pool_whole
    CHECK ((backup_pool_name IS NULL) = (backup_pool_regions IS NULL));

-- Ambulant programmes (IAG, MST, FACT, ...) in the service directory: alternatives to a stay (rule 5).
CREATE TABLE ambulant_programme (
    programme_id        VARCHAR(64)  PRIMARY KEY,
    provider_id         CHAR(8)      NOT NULL,
    provider_name       VARCHAR(200) NOT NULL,
    name                VARCHAR(200) NOT NULL,
    type                VARCHAR(16)  NOT NULL,
    age_min             INTEGER      NOT NULL CHECK (age_min BETWEEN 0 AND 23),
    age_max             INTEGER      NOT NULL CHECK (age_max BETWEEN 0 AND 23),
    domains             VARCHAR(100) NOT NULL,
    municipality_codes  TEXT         NOT NULL,
    waiting_weeks       INTEGER      CHECK (waiting_weeks >= 0),
    active              BOOLEAN      NOT NULL,
    created_at          TIMESTAMPTZ  NOT NULL,
    updated_at          TIMESTAMPTZ  NOT NULL
);
CREATE INDEX ambulant_programme_provider_idx ON ambulant_programme (provider_id);
