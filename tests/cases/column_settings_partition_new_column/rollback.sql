-- schemadiff rollback
-- source fingerprint: 2ac36bb702554e61
-- target fingerprint: 6e5424d72a5ccfcb
-- 3 statements; hazards: data-loss,irreversible

BEGIN;

-- hazard: data-loss,irreversible
ALTER TABLE public.metrics DROP COLUMN payload;

-- hazard: data-loss,irreversible
ALTER TABLE public.metrics DROP COLUMN region;

ALTER TABLE ONLY public.metrics ALTER COLUMN host RESET (n_distinct);

COMMIT;
