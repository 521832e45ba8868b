-- schemadiff plan
-- source fingerprint: 238b082aa9ce5c76
-- target fingerprint: e7b83170bc04baab
-- 2 statements; hazards: long-lock

SET search_path = "$user", public;

BEGIN;

DROP INDEX public.jobs_pending_idx;

-- hazard: long-lock
CREATE INDEX jobs_pending_idx ON public.jobs USING btree (run_at) WHERE state IN ('pending', 'retry') AND attempts < 5;

COMMIT;
