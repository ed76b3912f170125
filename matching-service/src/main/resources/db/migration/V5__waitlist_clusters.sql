-- The cluster (youth) each entry is in, so that cluster ids survive a restart.
ALTER TABLE waitlist_member ADD COLUMN cluster_id UUID;
CREATE INDEX waitlist_member_cluster_idx ON waitlist_member (cluster_id);

-- Coordinators' decisions about two entries ("provider/entry"): must link (merged) or cannot link
-- (split). They outlive the entries, so that an entry sent again is kept apart or together as decided.
CREATE TABLE waitlist_link_decision (
    member_a    VARCHAR(120) NOT NULL,
    member_b    VARCHAR(120) NOT NULL,
    must_link   BOOLEAN      NOT NULL,
    decided_by  VARCHAR(200) NOT NULL,
    reason      VARCHAR(500) NOT NULL,
    decided_at  TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (member_a, member_b),
    CHECK (member_a < member_b)
);

-- What happened to each cluster: entries that joined (and why) or left, and coordinators' splits,
-- merges and confirmations (who, and their reason).
CREATE TABLE waitlist_cluster_history (
    id           BIGSERIAL    PRIMARY KEY,
    cluster_id   UUID         NOT NULL,
    event        VARCHAR(16)  NOT NULL,
    member       VARCHAR(120),
    detail       VARCHAR(500),
    actor        VARCHAR(200),
    occurred_at  TIMESTAMPTZ  NOT NULL
);
CREATE INDEX waitlist_cluster_history_idx ON waitlist_cluster_history (cluster_id, id);

-- Reads of the regional waiting list and its clusters are logged too; they concern no one request.
ALTER TABLE access_log ALTER COLUMN request_id DROP NOT NULL;
ALTER TABLE access_log ADD COLUMN cluster_id UUID;
