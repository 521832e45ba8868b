-- schemadiff plan
-- source fingerprint: 0d3cea2aa963c873
-- target fingerprint: b0c52a8e87c9033a
-- 1 statement; hazards: none

SET search_path = "$user", public;

BEGIN;

CREATE OR REPLACE VIEW public.order_summary AS
SELECT id, customer_id, total, placed_at, date_trunc('day', placed_at) AS placed_day
    FROM orders;

COMMIT;
