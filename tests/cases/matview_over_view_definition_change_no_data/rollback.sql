-- schemadiff rollback
-- source fingerprint: 929ca9ea990a43d9
-- target fingerprint: 4c57235e94085cf0
-- 1 statement; hazards: none

BEGIN;

CREATE OR REPLACE VIEW public.valid_sales AS
 SELECT sales.id,
    sales.region,
    sales.amount
   FROM public.sales
  WHERE (sales.amount > (0)::numeric);

COMMIT;
