-- schemadiff plan
-- source fingerprint: 8d87f0a015e6ec6c
-- target fingerprint: 688c7213fa95cc69
-- 1 statement; hazards: none

SET search_path = public;

BEGIN;

CREATE OR REPLACE VIEW public.order_summary AS
SELECT id, customer_id, total, placed_at, date_trunc('day', placed_at) AS placed_day
    FROM orders;

COMMIT;
