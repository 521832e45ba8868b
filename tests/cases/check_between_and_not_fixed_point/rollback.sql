-- schemadiff rollback
-- source fingerprint: 3df4c1cfb683b611
-- target fingerprint: 9c3b802c8cd0db20
-- 1 statement; hazards: none

BEGIN;

ALTER TABLE public.reviews DROP CONSTRAINT reviews_rating_check;

COMMIT;
