-- schemadiff plan
-- source fingerprint: 0a0f01b24a697570
-- target fingerprint: 6c6294fb53d4fe88
-- 6 statements; hazards: data-loss,rewrite,irreversible

BEGIN;

-- hazard: data-loss,rewrite,irreversible
ALTER TABLE public.measurements ALTER COLUMN duration TYPE interval hour to minute USING duration::interval hour to minute;

-- hazard: data-loss,rewrite,irreversible
ALTER TABLE public.measurements ALTER COLUMN local_time TYPE time(0) without time zone;

-- hazard: data-loss,rewrite,irreversible
ALTER TABLE public.measurements ALTER COLUMN reading TYPE real USING reading::real;

ALTER TABLE public.measurements ALTER COLUMN taken_at DROP DEFAULT;

-- hazard: data-loss,rewrite,irreversible
ALTER TABLE public.measurements ALTER COLUMN taken_at TYPE timestamp(0) with time zone;

ALTER TABLE public.measurements ALTER COLUMN taken_at SET DEFAULT now();

COMMIT;
