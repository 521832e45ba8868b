-- schemadiff rollback
-- source fingerprint: 15f6923400036dd6
-- target fingerprint: 68deafee9c5237f7
-- 4 statements; hazards: data-loss,irreversible

BEGIN;

-- hazard: data-loss,irreversible
DROP TABLE public.measurements_2025_eu;

-- hazard: data-loss,irreversible
DROP TABLE public.measurements_2025_other;

-- hazard: data-loss,irreversible
DROP TABLE public.measurements_2025_us;

-- hazard: data-loss,irreversible
DROP TABLE public.measurements_2025;

COMMIT;
