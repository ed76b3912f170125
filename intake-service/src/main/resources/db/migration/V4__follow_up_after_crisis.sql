-- A request opened again because its crisis placement became a bridging placement (domain rule 20).
ALTER TABLE placement_request ADD COLUMN follow_up_after_crisis BOOLEAN NOT NULL DEFAULT false;
