-- schemadiff rollback
-- source fingerprint: 5b4bef47dcfd1e6c
-- target fingerprint: 31798282e441df48
-- 2 statements; hazards: long-lock

BEGIN;

DROP INDEX public.jobs_pending_idx;

-- hazard: long-lock
CREATE INDEX jobs_pending_idx ON public.jobs USING btree (run_at) WHERE (state = 'pending'::text);

COMMIT;
