-- schemadiff rollback
-- source fingerprint: cc69f2d8e25d678c
-- target fingerprint: c5795d4b4dd2dfb9
-- 1 statement; hazards: none

BEGIN;

DROP INDEX public.customer_totals_key;

COMMIT;
