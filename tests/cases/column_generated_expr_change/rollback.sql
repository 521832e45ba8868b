-- schemadiff rollback
-- source fingerprint: 2aad41c146dc67b0
-- target fingerprint: 2ad2bbc2d25fd2c7
-- 4 statements; hazards: data-loss,irreversible

BEGIN;

-- hazard: data-loss,irreversible
ALTER TABLE public.rectangles DROP COLUMN area;

-- hazard: data-loss,irreversible
ALTER TABLE public.rectangles DROP COLUMN slug;

ALTER TABLE public.rectangles ADD COLUMN area numeric GENERATED ALWAYS AS ((width * height)) STORED;

ALTER TABLE public.rectangles ADD COLUMN slug text GENERATED ALWAYS AS (lower(label)) STORED;

COMMIT;
