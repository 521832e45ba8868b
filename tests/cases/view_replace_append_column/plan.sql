-- schemadiff plan
-- source fingerprint: c0bdaf984881928b
-- target fingerprint: e90e92bd244e2c7d
-- 1 statement; hazards: none

SET search_path = "$user", public;

BEGIN;

CREATE OR REPLACE VIEW public.order_summary AS
SELECT id, customer_id, total, placed_at, date_trunc('day', placed_at) AS placed_day
    FROM orders;

COMMIT;
