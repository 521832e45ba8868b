-- schemadiff rollback
-- source fingerprint: 1e31ab7ed6c5fedc
-- target fingerprint: 0e0905583ff4cb06
-- 5 statements; hazards: none

BEGIN;

DROP INDEX public.jobs_lower_idx;

DROP INDEX public.jobs_state_idx;

DROP INDEX public.jobs_state_idx1;

DROP INDEX public.jobs_upper_idx;

COMMIT;

CREATE INDEX CONCURRENTLY jobs_state_idx ON public.jobs USING btree (state) WHERE (state <> 'done'::text);
