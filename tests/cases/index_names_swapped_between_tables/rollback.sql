-- schemadiff rollback
-- source fingerprint: 4a5c8b0d6d451508
-- target fingerprint: 392b7fbcdf41173c
-- 9 statements; hazards: none

BEGIN;

DROP INDEX public.first_idx;

ALTER TABLE public.a DROP CONSTRAINT a_x_positive;

ALTER TABLE public.a DROP CONSTRAINT a_x_small;

ALTER INDEX public.second_idx RENAME TO first_idx;

ALTER TABLE public.a ADD CONSTRAINT a_x_positive CHECK ((x > 0)) NOT VALID;

ALTER TABLE public.a ADD CONSTRAINT a_x_small CHECK ((x < 100)) NOT VALID;

COMMIT;

ALTER TABLE public.a VALIDATE CONSTRAINT a_x_positive;

ALTER TABLE public.a VALIDATE CONSTRAINT a_x_small;

CREATE INDEX CONCURRENTLY second_idx ON public.b USING btree (y);
