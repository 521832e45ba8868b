-- schemadiff plan
-- source fingerprint: 848ddd753f65172c
-- target fingerprint: 950beb1c0328db7e
-- 2 statements; hazards: none

BEGIN;

ALTER TABLE ONLY public.c ALTER COLUMN id SET STATISTICS 400;

ALTER TABLE ONLY public.c ALTER COLUMN x SET STORAGE MAIN;

COMMIT;
