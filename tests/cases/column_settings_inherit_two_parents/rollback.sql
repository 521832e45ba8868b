-- schemadiff rollback
-- source fingerprint: b41e878d39e2c4dd
-- target fingerprint: 42acf508412968d8
-- 5 statements; hazards: none

BEGIN;

ALTER TABLE ONLY public.dated ALTER COLUMN created RESET (n_distinct_inherited);

ALTER TABLE ONLY public.named ALTER COLUMN name SET STATISTICS -1;

ALTER TABLE ONLY public.things ALTER COLUMN id RESET (n_distinct);

ALTER TABLE ONLY public.things ALTER COLUMN name SET STATISTICS -1;

ALTER TABLE ONLY public.things ALTER COLUMN name SET STORAGE EXTENDED;

COMMIT;
