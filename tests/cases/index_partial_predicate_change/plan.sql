-- schemadiff plan
-- source fingerprint: 31798282e441df48
-- target fingerprint: 5b4bef47dcfd1e6c
-- 2 statements; hazards: long-lock

SET search_path = "$user", public;

BEGIN;

DROP INDEX public.jobs_pending_idx;

-- hazard: long-lock
CREATE INDEX jobs_pending_idx ON public.jobs USING btree (run_at) WHERE state IN ('pending', 'retry') AND attempts < 5;

COMMIT;
