-- A unit whose status changed within a second of its last bed-availability.v1 snapshot gets its next
-- snapshot from SnapshotFlusher (at most a second later) instead of one per change. No index on the
-- flag: it changes with nearly every status update, and an index on it would make each of those
-- updates write new index entries instead of updating the row in place (HOT), which bloated the
-- primary key index by thousands of dead entries a minute under load. SnapshotFlusher reads the
-- table (one row per unit) once a second.
ALTER TABLE unit_status ADD COLUMN snapshot_due BOOLEAN NOT NULL DEFAULT FALSE;
