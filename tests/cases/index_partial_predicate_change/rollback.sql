-- schemadiff rollback
-- source fingerprint: e12d62096e845032
-- target fingerprint: 9bb3f2fb54eb0cda
-- 2 statements; hazards: long-lock

BEGIN;

DROP INDEX public.jobs_pending_idx;

-- hazard: long-lock
CREATE INDEX jobs_pending_idx ON public.jobs USING btree (run_at) WHERE (state = 'pending'::text);

COMMIT;
