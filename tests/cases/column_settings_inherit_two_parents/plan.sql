-- schemadiff plan
-- source fingerprint: 42acf508412968d8
-- target fingerprint: b41e878d39e2c4dd
-- 5 statements; hazards: none

BEGIN;

ALTER TABLE ONLY public.dated ALTER COLUMN created SET (n_distinct_inherited=100);

ALTER TABLE ONLY public.named ALTER COLUMN name SET STATISTICS 700;

ALTER TABLE ONLY public.things ALTER COLUMN id SET (n_distinct=-1);

ALTER TABLE ONLY public.things ALTER COLUMN name SET STATISTICS 700;

ALTER TABLE ONLY public.things ALTER COLUMN name SET STORAGE MAIN;

COMMIT;
