-- schemadiff plan
-- source fingerprint: a61e58ca679df562
-- target fingerprint: 91841f9954c4ae2d
-- 4 statements; hazards: none

BEGIN;

ALTER TABLE ONLY public.metrics ALTER COLUMN host SET (n_distinct=40, n_distinct_inherited=80);

ALTER TABLE ONLY public.metrics ALTER COLUMN payload SET STORAGE MAIN;

ALTER TABLE ONLY public.metrics ALTER COLUMN payload SET COMPRESSION pglz;

ALTER TABLE ONLY public.metrics_2025 ALTER COLUMN payload SET STORAGE MAIN;

COMMIT;
