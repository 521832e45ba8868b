-- schemadiff plan
-- source fingerprint: 9c3b802c8cd0db20
-- target fingerprint: 3df4c1cfb683b611
-- 2 statements; hazards: none

SET search_path = public;

BEGIN;

ALTER TABLE public.reviews ADD CONSTRAINT reviews_rating_check CHECK (rating BETWEEN 1 AND 5 AND rating <> 3) NOT VALID;

COMMIT;

ALTER TABLE public.reviews VALIDATE CONSTRAINT reviews_rating_check;
