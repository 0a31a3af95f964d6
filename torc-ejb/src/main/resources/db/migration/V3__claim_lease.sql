-- When a job became pending, so that a claim whose answer never reached its runner (the server
-- died between commit and reply, or the runner died) expires and the job is offered again.
-- NULL for jobs claimed before this column existed: those never expire.
ALTER TABLE job ADD COLUMN claimed_at_ms BIGINT;
