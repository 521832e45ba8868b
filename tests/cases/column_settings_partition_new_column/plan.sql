-- schemadiff plan
-- source fingerprint: 6e5424d72a5ccfcb
-- target fingerprint: 2ac36bb702554e61
-- 12 statements; hazards: none

BEGIN;

ALTER TABLE ONLY public.metrics ALTER COLUMN host SET (n_distinct=40);

ALTER TABLE public.metrics ADD COLUMN payload text;

ALTER TABLE ONLY public.metrics ALTER COLUMN payload SET STORAGE EXTERNAL;

ALTER TABLE ONLY public.metrics ALTER COLUMN payload SET COMPRESSION pglz;

ALTER TABLE public.metrics ADD COLUMN region text;

ALTER TABLE ONLY public.metrics ALTER COLUMN region SET STATISTICS 250;

ALTER TABLE ONLY public.metrics_2025 ALTER COLUMN payload SET STORAGE EXTERNAL;

ALTER TABLE ONLY public.metrics_2025 ALTER COLUMN payload SET COMPRESSION pglz;

ALTER TABLE ONLY public.metrics_2025 ALTER COLUMN region SET STATISTICS 250;

ALTER TABLE ONLY public.metrics_2026 ALTER COLUMN payload SET STORAGE EXTERNAL;

ALTER TABLE ONLY public.metrics_2026 ALTER COLUMN payload SET COMPRESSION pglz;

ALTER TABLE ONLY public.metrics_2026 ALTER COLUMN region SET STATISTICS 250;

COMMIT;
