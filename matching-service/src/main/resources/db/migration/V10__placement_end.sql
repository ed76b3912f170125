-- Ending a placement: when, where the youth went and why; and the youth (pseudonym), so that a new
-- placement within six months of one that ended in another placement counts as a re-placement.
ALTER TABLE placement ADD COLUMN youth_pseudonym VARCHAR(64);
ALTER TABLE placement ADD COLUMN replacement BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE placement ADD COLUMN ended_on DATE;
ALTER TABLE placement ADD COLUMN destination VARCHAR(32);
ALTER TABLE placement ADD COLUMN end_reason VARCHAR(500);
ALTER TABLE placement ADD COLUMN ended_by VARCHAR(200);
CREATE INDEX placement_youth_idx ON placement (youth_pseudonym);
