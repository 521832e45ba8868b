-- schemadiff rollback
-- source fingerprint: de1644bc09c0742c
-- target fingerprint: c76c9d5d0da6ca24
-- 1 statement; hazards: data-loss,irreversible

BEGIN;

-- hazard: data-loss,irreversible
ALTER TABLE public.clicks DROP COLUMN id;

COMMIT;
