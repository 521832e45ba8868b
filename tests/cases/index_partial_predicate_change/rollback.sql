-- schemadiff rollback
-- source fingerprint: 6e4ae67ed7a18d71
-- target fingerprint: f29bd331c3f4e62f
-- 2 statements; hazards: long-lock

BEGIN;

DROP INDEX public.jobs_pending_idx;

-- hazard: long-lock
CREATE INDEX jobs_pending_idx ON public.jobs USING btree (run_at) WHERE (state = 'pending'::text);

COMMIT;
