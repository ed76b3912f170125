-- Linkage keys are keyed encodings and tokens now, the birth date too (issue 16), kept whole as
-- JSON. Keys of the old form cannot be turned into the new one here (matching never holds the
-- linkage key): those entries go, and intake-service publishes every current entry again in the
-- new form on waitlist-entries.v2 when it starts (LinkageReencoding).
DELETE FROM waitlist_member;
ALTER TABLE waitlist_member
    DROP COLUMN given_name_bloom,
    DROP COLUMN family_name_bloom,
    DROP COLUMN birth_date,
    DROP COLUMN gender,
    DROP COLUMN pc4,
    ADD COLUMN linkage_keys text NOT NULL;
