-- schemadiff plan
-- source fingerprint: f29bd331c3f4e62f
-- target fingerprint: 6e4ae67ed7a18d71
-- 2 statements; hazards: long-lock

BEGIN;

DROP INDEX public.jobs_pending_idx;

-- hazard: long-lock
CREATE INDEX jobs_pending_idx ON public.jobs USING btree (run_at) WHERE ((state = ANY (ARRAY['pending'::text, 'retry'::text])) AND (attempts < 5));

COMMIT;
