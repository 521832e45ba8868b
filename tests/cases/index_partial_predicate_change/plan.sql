-- schemadiff plan
-- source fingerprint: 92703afbe3ad23e1
-- target fingerprint: 4303db9610f9661d
-- 2 statements; hazards: none

SET search_path = public;

BEGIN;

DROP INDEX public.jobs_pending_idx;

COMMIT;

CREATE INDEX CONCURRENTLY jobs_pending_idx ON public.jobs USING btree (run_at) WHERE state IN ('pending', 'retry') AND attempts < 5;
