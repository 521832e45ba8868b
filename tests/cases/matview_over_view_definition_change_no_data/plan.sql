-- schemadiff plan
-- source fingerprint: 4c57235e94085cf0
-- target fingerprint: 929ca9ea990a43d9
-- 1 statement; hazards: none

SET search_path = public;

BEGIN;

CREATE OR REPLACE VIEW public.valid_sales AS
SELECT id, region, amount FROM sales WHERE amount > 0 AND NOT refunded;

COMMIT;
