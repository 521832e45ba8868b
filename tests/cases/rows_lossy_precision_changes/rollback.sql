-- schemadiff rollback
-- source fingerprint: 6c6294fb53d4fe88
-- target fingerprint: 0a0f01b24a697570
-- 6 statements; hazards: rewrite

BEGIN;

-- hazard: rewrite
ALTER TABLE public.measurements ALTER COLUMN duration TYPE interval USING duration::interval;

-- hazard: rewrite
ALTER TABLE public.measurements ALTER COLUMN local_time TYPE time(6) without time zone;

-- hazard: rewrite
ALTER TABLE public.measurements ALTER COLUMN reading TYPE double precision USING reading::double precision;

ALTER TABLE public.measurements ALTER COLUMN taken_at DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.measurements ALTER COLUMN taken_at TYPE timestamp(6) with time zone;

ALTER TABLE public.measurements ALTER COLUMN taken_at SET DEFAULT now();

COMMIT;
