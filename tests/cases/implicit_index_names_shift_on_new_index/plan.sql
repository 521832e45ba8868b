-- schemadiff plan
-- source fingerprint: 0e0905583ff4cb06
-- target fingerprint: 1e31ab7ed6c5fedc
-- 5 statements; hazards: none

BEGIN;

DROP INDEX public.jobs_state_idx;

COMMIT;

CREATE INDEX CONCURRENTLY jobs_lower_idx ON public.jobs USING btree (lower(queue));

CREATE INDEX CONCURRENTLY jobs_state_idx ON public.jobs USING btree (state);

CREATE INDEX CONCURRENTLY jobs_state_idx1 ON public.jobs USING btree (state) WHERE (state <> 'done'::text);

CREATE INDEX CONCURRENTLY jobs_upper_idx ON public.jobs USING btree (upper(queue));
