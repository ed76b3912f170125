-- The perspective from intake (domain rule 15) and the youth's 18th birthday on the placement, so
-- that a stay crossing it is flagged; the bridging placement a follow-up placement follows.
ALTER TABLE placement ADD COLUMN intended_destination VARCHAR(16);
ALTER TABLE placement ADD COLUMN turns18_on DATE;
ALTER TABLE placement ADD COLUMN follow_up_of UUID;

-- A crisis request whose stay became a bridging placement is proposed again for its follow-up place
-- (domain rule 20): one acceptance for the crisis stay, one for the follow-up.
ALTER TABLE proposal ADD COLUMN follow_up BOOLEAN NOT NULL DEFAULT false;
DROP INDEX proposal_one_accepted;
CREATE UNIQUE INDEX proposal_one_accepted ON proposal (request_id, follow_up) WHERE state = 'ACCEPTED';
CREATE INDEX placement_proposal_idx ON placement (proposal_id);
