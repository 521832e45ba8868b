-- schemadiff plan
-- source fingerprint: 23d9bc07b2d84607
-- target fingerprint: 2f29546813297673
-- 6 statements; hazards: data-loss,rewrite,irreversible

SET search_path = public;

BEGIN;

ALTER TABLE public.invoices DROP CONSTRAINT gross_positive;

-- hazard: data-loss,irreversible
ALTER TABLE public.invoices DROP COLUMN gross;

-- hazard: rewrite
ALTER TABLE public.invoices ADD COLUMN gross numeric(12,2) GENERATED ALWAYS AS (round((net * ((1)::numeric + vat_rate)), 2)) STORED;

ALTER TABLE public.invoices ADD CONSTRAINT gross_positive CHECK (gross >= 0) NOT VALID;

COMMENT ON COLUMN public.invoices.gross IS 'net plus VAT';

COMMIT;

ALTER TABLE public.invoices VALIDATE CONSTRAINT gross_positive;
