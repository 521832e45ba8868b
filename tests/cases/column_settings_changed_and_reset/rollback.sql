-- schemadiff rollback
-- source fingerprint: 97f204ac02206e1f
-- target fingerprint: b9b5f9e15482663a
-- 6 statements; hazards: none

BEGIN;

ALTER TABLE ONLY public.events ALTER COLUMN body SET STORAGE EXTERNAL;

ALTER TABLE ONLY public.events ALTER COLUMN body SET COMPRESSION pglz;

ALTER TABLE ONLY public.events ALTER COLUMN kind SET STATISTICS 1000;

ALTER TABLE ONLY public.events ALTER COLUMN kind SET (n_distinct_inherited=12);

ALTER TABLE ONLY public.events ALTER COLUMN score SET STATISTICS 0;

ALTER TABLE ONLY public.events ALTER COLUMN score SET (n_distinct=100);

COMMIT;
