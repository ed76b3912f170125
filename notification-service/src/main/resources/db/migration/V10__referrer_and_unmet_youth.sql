-- The referrer mix (the kind of referrer of each request) and unmet needs by age band and gender:
-- the request's coarse facts are kept with it, and an unmet need knows its request.
ALTER TABLE watched_request ADD COLUMN referrer_type VARCHAR(16);
ALTER TABLE watched_request ADD COLUMN age_years INT;
ALTER TABLE watched_request ADD COLUMN gender VARCHAR(1);
ALTER TABLE unmet_need ADD COLUMN request_id UUID;
