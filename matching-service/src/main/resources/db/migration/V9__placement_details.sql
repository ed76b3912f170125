-- What a placement is, for its lists: the kind of place, the municipality responsible for the youth
-- (domain rule 12), and the day it starts.
ALTER TABLE placement ADD COLUMN kind VARCHAR(32);
ALTER TABLE placement ADD COLUMN responsible_municipality_code VARCHAR(6);
ALTER TABLE placement ADD COLUMN start_date DATE;
CREATE INDEX placement_municipality_idx ON placement (responsible_municipality_code);
