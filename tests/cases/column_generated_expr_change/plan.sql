-- schemadiff plan
-- source fingerprint: 7976938051452f61
-- target fingerprint: 0e02e71db41925bc
-- 4 statements; hazards: data-loss,irreversible

BEGIN;

-- hazard: data-loss,irreversible
ALTER TABLE public.rectangles DROP COLUMN area;

-- hazard: data-loss,irreversible
ALTER TABLE public.rectangles DROP COLUMN slug;

ALTER TABLE public.rectangles ADD COLUMN area numeric GENERATED ALWAYS AS (round((width * height), 2)) STORED;

ALTER TABLE public.rectangles ADD COLUMN slug text GENERATED ALWAYS AS (replace(lower(label), ' '::text, '-'::text)) STORED;

COMMIT;
