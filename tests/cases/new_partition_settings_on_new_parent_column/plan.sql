-- schemadiff plan
-- source fingerprint: a25bc87d0ff244c1
-- target fingerprint: 9152d6e61ea1eb96
-- 6 statements; hazards: none

BEGIN;

ALTER TABLE public.r ADD COLUMN info text DEFAULT 'x'::text;

ALTER TABLE ONLY public.r_1 ALTER COLUMN info SET STORAGE MAIN;

ALTER TABLE ONLY public.r_1_a ALTER COLUMN info SET STORAGE MAIN;

CREATE TABLE public.r_2 PARTITION OF public.r FOR VALUES IN (2);

ALTER TABLE ONLY public.r_2 ALTER COLUMN info SET STATISTICS 20;

ALTER TABLE ONLY public.r_2 ALTER COLUMN info SET COMPRESSION lz4;

COMMIT;
