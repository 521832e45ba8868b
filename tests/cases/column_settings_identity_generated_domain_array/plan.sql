-- schemadiff plan
-- source fingerprint: b304d1c001f1a4d0
-- target fingerprint: a205528ad4cebaf7
-- 7 statements; hazards: none

BEGIN;

ALTER TABLE ONLY public.users ALTER COLUMN full_name SET STATISTICS 0;

ALTER TABLE ONLY public.users ALTER COLUMN full_name SET STORAGE EXTERNAL;

ALTER TABLE ONLY public.users ALTER COLUMN id SET STATISTICS 1000;

ALTER TABLE ONLY public.users ALTER COLUMN mail SET STORAGE MAIN;

ALTER TABLE ONLY public.users ALTER COLUMN mail SET COMPRESSION pglz;

ALTER TABLE ONLY public.users ALTER COLUMN tags SET COMPRESSION pglz;

ALTER TABLE ONLY public.users ALTER COLUMN tags SET (n_distinct=-0.2);

COMMIT;
