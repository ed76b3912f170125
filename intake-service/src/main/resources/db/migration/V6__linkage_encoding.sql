-- The form of linkage keys (LinkageEncoder.VERSION) in which every current waiting-list entry and
-- placement request was last published. When intake's form is newer, LinkageReencoding publishes
-- them all again once, so that matching links them in the new form.
CREATE TABLE linkage_encoding (
    version INT NOT NULL
);
INSERT INTO linkage_encoding (version) VALUES (1);
