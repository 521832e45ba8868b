-- schemadiff rollback
-- source fingerprint: 950beb1c0328db7e
-- target fingerprint: 848ddd753f65172c
-- 2 statements; hazards: none

BEGIN;

ALTER TABLE ONLY public.c ALTER COLUMN id SET STATISTICS -1;

ALTER TABLE ONLY public.c ALTER COLUMN x SET STORAGE EXTENDED;

COMMIT;
