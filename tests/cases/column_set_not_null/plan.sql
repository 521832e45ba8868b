-- schemadiff plan
-- source fingerprint: 04c4c93ef6cc881d
-- target fingerprint: cef49929285d12c1
-- 12 statements; hazards: none

BEGIN;

ALTER TABLE public.invoices ADD CONSTRAINT schemadiff_nn_5d4e3cd703ee5cca CHECK (issued_on IS NOT NULL) NOT VALID;

ALTER TABLE public.invoices ADD CONSTRAINT schemadiff_nn_3d528525ca2c6a11 CHECK (number IS NOT NULL) NOT VALID;

ALTER TABLE public.invoices ADD CONSTRAINT schemadiff_nn_dfaa1de31c0384ad CHECK (total IS NOT NULL) NOT VALID;

COMMIT;

ALTER TABLE public.invoices VALIDATE CONSTRAINT schemadiff_nn_5d4e3cd703ee5cca;

ALTER TABLE public.invoices ALTER COLUMN issued_on SET NOT NULL;

ALTER TABLE public.invoices DROP CONSTRAINT schemadiff_nn_5d4e3cd703ee5cca;

ALTER TABLE public.invoices VALIDATE CONSTRAINT schemadiff_nn_3d528525ca2c6a11;

ALTER TABLE public.invoices ALTER COLUMN number SET NOT NULL;

ALTER TABLE public.invoices DROP CONSTRAINT schemadiff_nn_3d528525ca2c6a11;

ALTER TABLE public.invoices VALIDATE CONSTRAINT schemadiff_nn_dfaa1de31c0384ad;

ALTER TABLE public.invoices ALTER COLUMN total SET NOT NULL;

ALTER TABLE public.invoices DROP CONSTRAINT schemadiff_nn_dfaa1de31c0384ad;
