-- Crisis clocks (domain rule 20): a crisis placement ends after 28 days (7 on a mental-health crisis
-- bed); from the day after it is a bridging placement. A crisis request without an accepted
-- proposal a day after submission is escalated, once.
ALTER TABLE placement ADD COLUMN crisis_end_date DATE;
CREATE INDEX placement_crisis_idx ON placement (crisis_end_date) WHERE state = 'ACTIVE' AND NOT bridging_placement;

CREATE TABLE request_escalation (
    request_id    UUID         PRIMARY KEY,
    escalated_at  TIMESTAMPTZ  NOT NULL
);
