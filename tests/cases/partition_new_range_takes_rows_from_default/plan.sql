-- schemadiff plan
-- source fingerprint: fe39addc9a0cc328
-- target fingerprint: 46c26e9e8fd8bc9b
-- 4 statements; hazards: long-lock

BEGIN;

ALTER TABLE public.invoices DETACH PARTITION public.invoices_default;

CREATE TABLE public.invoices_2025 PARTITION OF public.invoices FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');

WITH moved AS (DELETE FROM public.invoices_default WHERE ((issued_on IS NOT NULL) AND (issued_on >= '2025-01-01'::date) AND (issued_on < '2026-01-01'::date)) RETURNING *)
INSERT INTO public.invoices_2025 (id, issued_on, amount) OVERRIDING SYSTEM VALUE
SELECT id, issued_on, amount FROM moved;

-- hazard: long-lock
ALTER TABLE public.invoices ATTACH PARTITION public.invoices_default DEFAULT;

COMMIT;
