-- schemadiff plan
-- source fingerprint: 2ad2bbc2d25fd2c7
-- target fingerprint: 2aad41c146dc67b0
-- 4 statements; hazards: data-loss,irreversible

BEGIN;

-- hazard: data-loss,irreversible
ALTER TABLE public.rectangles DROP COLUMN area;

-- hazard: data-loss,irreversible
ALTER TABLE public.rectangles DROP COLUMN slug;

ALTER TABLE public.rectangles ADD COLUMN area numeric GENERATED ALWAYS AS (round((width * height), 2)) STORED;

ALTER TABLE public.rectangles ADD COLUMN slug text GENERATED ALWAYS AS (replace(lower(label), ' '::text, '-'::text)) STORED;

COMMIT;
