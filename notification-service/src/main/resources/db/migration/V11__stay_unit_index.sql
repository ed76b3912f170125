-- The held places are counted per unit on every recompute of the figures.
CREATE INDEX stay_unit_placed_idx ON stay (unit_id, placed_at);
