-- Which requests' unmet need has been recorded on unmet-needs.v1 (through the outbox). After a
-- restart the state is rebuilt without publishing; these rows tell which needs that arose or ended
-- meanwhile still have to be recorded, so that no such fact is lost.
CREATE TABLE unmet_need_recorded (
    request_id   UUID        PRIMARY KEY,
    recorded_at  TIMESTAMPTZ NOT NULL
);
