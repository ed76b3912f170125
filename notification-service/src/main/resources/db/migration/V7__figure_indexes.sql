-- The figures read the open proposals per unit and what happened since the start of last month.
CREATE INDEX open_proposal_unit_idx ON open_proposal (unit_id);
CREATE INDEX stay_ended_idx ON stay (ended_on);
CREATE INDEX watched_request_submitted_idx ON watched_request (submitted_on);
CREATE INDEX declined_proposal_day_idx ON declined_proposal (declined_on);
CREATE INDEX unmet_need_day_idx ON unmet_need (recorded_on);
