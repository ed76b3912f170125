-- When the placement was made: until its unit's next status report, the place it took counts as held
-- (as availability-service counts it), so the dashboard's held places match the units' own.
ALTER TABLE stay ADD COLUMN placed_at TIMESTAMPTZ;
