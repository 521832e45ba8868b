-- schemadiff plan
-- source fingerprint: 238b082aa9ce5c76
-- target fingerprint: e7b83170bc04baab
-- 2 statements; hazards: long-lock

BEGIN;

DROP INDEX public.jobs_pending_idx;

-- hazard: long-lock
CREATE INDEX jobs_pending_idx ON public.jobs USING btree (run_at) WHERE ((state = ANY (ARRAY['pending'::text, 'retry'::text])) AND (attempts < 5));

COMMIT;
