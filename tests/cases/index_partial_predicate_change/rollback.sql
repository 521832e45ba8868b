-- schemadiff rollback
-- source fingerprint: 4303db9610f9661d
-- target fingerprint: 92703afbe3ad23e1
-- 2 statements; hazards: none

BEGIN;

DROP INDEX public.jobs_pending_idx;

COMMIT;

CREATE INDEX CONCURRENTLY jobs_pending_idx ON public.jobs USING btree (run_at) WHERE (state = 'pending'::text);
