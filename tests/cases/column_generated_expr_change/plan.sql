-- schemadiff plan
-- source fingerprint: 597f327f6b5f0709
-- target fingerprint: 1e8091e651b772de
-- 4 statements; hazards: data-loss,irreversible

BEGIN;

-- hazard: data-loss,irreversible
ALTER TABLE public.rectangles DROP COLUMN area;

-- hazard: data-loss,irreversible
ALTER TABLE public.rectangles DROP COLUMN slug;

ALTER TABLE public.rectangles ADD COLUMN area numeric GENERATED ALWAYS AS (round((width * height), 2)) STORED;

ALTER TABLE public.rectangles ADD COLUMN slug text GENERATED ALWAYS AS (replace(lower(label), ' '::text, '-'::text)) STORED;

COMMIT;
