-- Availability now lives in memory, rebuilt from the compacted bed-availability.v1 at start-up.
DROP TABLE unit_availability;
