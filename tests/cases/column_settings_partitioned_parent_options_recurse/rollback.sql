-- schemadiff rollback
-- source fingerprint: 91841f9954c4ae2d
-- target fingerprint: a61e58ca679df562
-- 4 statements; hazards: none

BEGIN;

ALTER TABLE ONLY public.metrics ALTER COLUMN host RESET (n_distinct, n_distinct_inherited);

ALTER TABLE ONLY public.metrics ALTER COLUMN payload SET STORAGE EXTENDED;

ALTER TABLE ONLY public.metrics ALTER COLUMN payload SET COMPRESSION default;

ALTER TABLE ONLY public.metrics_2025 ALTER COLUMN payload SET STORAGE EXTENDED;

COMMIT;
