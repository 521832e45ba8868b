-- schemadiff rollback
-- source fingerprint: 46c26e9e8fd8bc9b
-- target fingerprint: fe39addc9a0cc328
-- 1 statement; hazards: data-loss,irreversible

BEGIN;

-- hazard: data-loss,irreversible
DROP TABLE public.invoices_2025;

COMMIT;
