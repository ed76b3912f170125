-- Places of a unit that matching-service's proposals hold, or that a placement took after the
-- provider's last report (placement-events.v1). The provider's next report is the new truth: a
-- PLACED row counts only while it is newer than the unit's current status.
CREATE TABLE unit_hold (
    proposal_id  UUID         PRIMARY KEY,
    unit_id      VARCHAR(64)  NOT NULL,
    kind         VARCHAR(8)   NOT NULL,
    since        TIMESTAMPTZ  NOT NULL
);
CREATE INDEX unit_hold_unit_idx ON unit_hold (unit_id);
