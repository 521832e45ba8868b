-- schemadiff plan
-- source fingerprint: b9b5f9e15482663a
-- target fingerprint: 97f204ac02206e1f
-- 6 statements; hazards: none

BEGIN;

ALTER TABLE ONLY public.events ALTER COLUMN body SET STORAGE EXTENDED;

ALTER TABLE ONLY public.events ALTER COLUMN body SET COMPRESSION default;

ALTER TABLE ONLY public.events ALTER COLUMN kind SET STATISTICS 200;

ALTER TABLE ONLY public.events ALTER COLUMN kind RESET (n_distinct_inherited);

ALTER TABLE ONLY public.events ALTER COLUMN score SET STATISTICS -1;

ALTER TABLE ONLY public.events ALTER COLUMN score SET (n_distinct=50);

COMMIT;
