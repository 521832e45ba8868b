-- schemadiff rollback
-- source fingerprint: 0e02e71db41925bc
-- target fingerprint: 7976938051452f61
-- 4 statements; hazards: data-loss,irreversible

BEGIN;

-- hazard: data-loss,irreversible
ALTER TABLE public.rectangles DROP COLUMN area;

-- hazard: data-loss,irreversible
ALTER TABLE public.rectangles DROP COLUMN slug;

ALTER TABLE public.rectangles ADD COLUMN area numeric GENERATED ALWAYS AS ((width * height)) STORED;

ALTER TABLE public.rectangles ADD COLUMN slug text GENERATED ALWAYS AS (lower(label)) STORED;

COMMIT;
