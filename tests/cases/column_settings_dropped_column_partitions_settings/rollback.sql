-- schemadiff rollback
-- source fingerprint: a938a185c3960686
-- target fingerprint: a895095cf22a0be9
-- 9 statements; hazards: none

BEGIN;

ALTER TABLE public.base ADD COLUMN old text;

ALTER TABLE ONLY public.kid ALTER COLUMN old SET STATISTICS 12;

ALTER TABLE public.logs ADD COLUMN legacy text;

ALTER TABLE ONLY public.logs ALTER COLUMN legacy SET STATISTICS 200;

ALTER TABLE ONLY public.logs ALTER COLUMN legacy SET STORAGE MAIN;

ALTER TABLE ONLY public.logs_2025 ALTER COLUMN legacy SET STATISTICS 200;

ALTER TABLE ONLY public.logs_2025 ALTER COLUMN legacy SET STORAGE MAIN;

ALTER TABLE ONLY public.logs_2025 ALTER COLUMN legacy SET (n_distinct=4);

CREATE STATISTICS public.logs_legacy_lvl (ndistinct, dependencies, mcv) ON legacy, lvl FROM public.logs;

COMMIT;
