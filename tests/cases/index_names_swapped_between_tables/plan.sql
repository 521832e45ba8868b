-- schemadiff plan
-- source fingerprint: 392b7fbcdf41173c
-- target fingerprint: 4a5c8b0d6d451508
-- 9 statements; hazards: none

SET search_path = public;

BEGIN;

DROP INDEX public.second_idx;

ALTER TABLE public.a DROP CONSTRAINT a_x_positive;

ALTER TABLE public.a DROP CONSTRAINT a_x_small;

ALTER INDEX public.first_idx RENAME TO second_idx;

ALTER TABLE public.a ADD CONSTRAINT a_x_positive CHECK (x < 100) NOT VALID;

ALTER TABLE public.a ADD CONSTRAINT a_x_small CHECK (x > 0) NOT VALID;

COMMIT;

ALTER TABLE public.a VALIDATE CONSTRAINT a_x_positive;

ALTER TABLE public.a VALIDATE CONSTRAINT a_x_small;

CREATE INDEX CONCURRENTLY first_idx ON public.b USING btree (y);
