-- Re-placements (domain rule 24): a placement within six months of one that ended in another placement.
ALTER TABLE stay ADD COLUMN replacement BOOLEAN NOT NULL DEFAULT false;
