-- Requests carry only the quarter of the 18th birthday now (issue 16); the exact birthdays stored
-- with placements before are cut to their quarter, the quarter's first day.
ALTER TABLE placement RENAME COLUMN turns18_on TO turns18_quarter;
UPDATE placement SET turns18_quarter = date_trunc('quarter', turns18_quarter)::date WHERE turns18_quarter IS NOT NULL;
