-- schemadiff plan
-- source fingerprint: eb4b44053c282300
-- target fingerprint: bfe32485941051a4
-- 1 statement; hazards: none

BEGIN;

CREATE TABLE public.invoices_2025 PARTITION OF public.invoices FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');

COMMIT;
