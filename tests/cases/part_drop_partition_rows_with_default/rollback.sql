-- schemadiff rollback
-- source fingerprint: 4f6cb2cb931267ec
-- target fingerprint: 446a1406b301b619
-- 1 statement; hazards: none

BEGIN;

CREATE TABLE public.orders_tiny PARTITION OF public.orders FOR VALUES IN ('nz', 'is');

COMMIT;
