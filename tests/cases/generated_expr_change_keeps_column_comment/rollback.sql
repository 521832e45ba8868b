-- schemadiff rollback
-- source fingerprint: 2f29546813297673
-- target fingerprint: 23d9bc07b2d84607
-- 6 statements; hazards: data-loss,rewrite,irreversible

BEGIN;

ALTER TABLE public.invoices DROP CONSTRAINT gross_positive;

-- hazard: data-loss,irreversible
ALTER TABLE public.invoices DROP COLUMN gross;

-- hazard: rewrite
ALTER TABLE public.invoices ADD COLUMN gross numeric(12,2) GENERATED ALWAYS AS ((net * ((1)::numeric + vat_rate))) STORED;

ALTER TABLE public.invoices ADD CONSTRAINT gross_positive CHECK ((gross >= (0)::numeric)) NOT VALID;

COMMENT ON COLUMN public.invoices.gross IS 'net plus VAT';

COMMIT;

ALTER TABLE public.invoices VALIDATE CONSTRAINT gross_positive;
