-- schemadiff plan
-- source fingerprint: 446a1406b301b619
-- target fingerprint: 4f6cb2cb931267ec
-- 1 statement; hazards: data-loss,irreversible

BEGIN;

-- hazard: data-loss,irreversible
DROP TABLE public.orders_tiny;

COMMIT;
