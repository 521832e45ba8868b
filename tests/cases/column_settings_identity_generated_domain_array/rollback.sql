-- schemadiff rollback
-- source fingerprint: a205528ad4cebaf7
-- target fingerprint: b304d1c001f1a4d0
-- 7 statements; hazards: none

BEGIN;

ALTER TABLE ONLY public.users ALTER COLUMN full_name SET STATISTICS -1;

ALTER TABLE ONLY public.users ALTER COLUMN full_name SET STORAGE EXTENDED;

ALTER TABLE ONLY public.users ALTER COLUMN id SET STATISTICS -1;

ALTER TABLE ONLY public.users ALTER COLUMN mail SET STORAGE EXTENDED;

ALTER TABLE ONLY public.users ALTER COLUMN mail SET COMPRESSION default;

ALTER TABLE ONLY public.users ALTER COLUMN tags SET COMPRESSION default;

ALTER TABLE ONLY public.users ALTER COLUMN tags RESET (n_distinct);

COMMIT;
