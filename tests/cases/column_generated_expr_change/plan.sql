-- schemadiff plan
-- source fingerprint: 7e1d0f8c1dd4d115
-- target fingerprint: 8a729b56e37dc178
-- 4 statements; hazards: data-loss,rewrite,irreversible

BEGIN;

-- hazard: data-loss,irreversible
ALTER TABLE public.rectangles DROP COLUMN area;

-- hazard: data-loss,irreversible
ALTER TABLE public.rectangles DROP COLUMN slug;

-- hazard: rewrite
ALTER TABLE public.rectangles ADD COLUMN area numeric GENERATED ALWAYS AS (round((width * height), 2)) STORED;

-- hazard: rewrite
ALTER TABLE public.rectangles ADD COLUMN slug text GENERATED ALWAYS AS (replace(lower(label), ' '::text, '-'::text)) STORED;

COMMIT;
