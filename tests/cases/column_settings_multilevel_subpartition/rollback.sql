-- schemadiff rollback
-- source fingerprint: 017bdc961cd9a606
-- target fingerprint: 86d87ac53696d343
-- 11 statements; hazards: data-loss,irreversible

BEGIN;

-- hazard: data-loss,irreversible
DROP TABLE public.sales_eu_2026;

ALTER TABLE ONLY public.sales ALTER COLUMN amount SET STATISTICS -1;

ALTER TABLE ONLY public.sales ALTER COLUMN note SET STORAGE EXTENDED;

ALTER TABLE ONLY public.sales ALTER COLUMN note SET COMPRESSION default;

ALTER TABLE ONLY public.sales_eu ALTER COLUMN sold RESET (n_distinct, n_distinct_inherited);

ALTER TABLE ONLY public.sales_eu ALTER COLUMN amount SET STATISTICS -1;

ALTER TABLE ONLY public.sales_eu ALTER COLUMN note SET STORAGE EXTENDED;

ALTER TABLE ONLY public.sales_eu_2025 ALTER COLUMN amount SET STATISTICS -1;

ALTER TABLE ONLY public.sales_eu_2025 ALTER COLUMN note SET STORAGE EXTENDED;

ALTER TABLE ONLY public.sales_us ALTER COLUMN amount SET STATISTICS -1;

ALTER TABLE ONLY public.sales_us ALTER COLUMN note SET STORAGE EXTENDED;

COMMIT;
