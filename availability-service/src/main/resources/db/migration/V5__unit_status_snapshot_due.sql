-- A unit whose status changed within a second of its last bed-availability.v1 snapshot gets its next
-- snapshot from SnapshotFlusher (at most a second later) instead of one per change.
ALTER TABLE unit_status ADD COLUMN snapshot_due BOOLEAN NOT NULL DEFAULT FALSE;
CREATE INDEX unit_status_snapshot_due ON unit_status (unit_id) WHERE snapshot_due;
