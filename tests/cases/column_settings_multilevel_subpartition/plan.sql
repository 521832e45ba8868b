-- schemadiff plan
-- source fingerprint: 86d87ac53696d343
-- target fingerprint: 017bdc961cd9a606
-- 11 statements; hazards: none

BEGIN;

ALTER TABLE ONLY public.sales ALTER COLUMN amount SET STATISTICS 300;

ALTER TABLE ONLY public.sales ALTER COLUMN note SET STORAGE MAIN;

ALTER TABLE ONLY public.sales ALTER COLUMN note SET COMPRESSION pglz;

ALTER TABLE ONLY public.sales_eu ALTER COLUMN sold SET (n_distinct=365, n_distinct_inherited=730);

ALTER TABLE ONLY public.sales_eu ALTER COLUMN amount SET STATISTICS 300;

ALTER TABLE ONLY public.sales_eu ALTER COLUMN note SET STORAGE MAIN;

ALTER TABLE ONLY public.sales_eu_2025 ALTER COLUMN amount SET STATISTICS 50;

ALTER TABLE ONLY public.sales_eu_2025 ALTER COLUMN note SET STORAGE MAIN;

ALTER TABLE ONLY public.sales_us ALTER COLUMN amount SET STATISTICS 300;

ALTER TABLE ONLY public.sales_us ALTER COLUMN note SET STORAGE MAIN;

CREATE TABLE public.sales_eu_2026 PARTITION OF public.sales_eu FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');

COMMIT;
