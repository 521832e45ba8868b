-- schemadiff rollback
-- source fingerprint: bfe32485941051a4
-- target fingerprint: eb4b44053c282300
-- 1 statement; hazards: data-loss,irreversible

BEGIN;

-- hazard: data-loss,irreversible
DROP TABLE public.invoices_2025;

COMMIT;
