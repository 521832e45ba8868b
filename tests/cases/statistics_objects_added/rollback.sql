-- schemadiff rollback
-- source fingerprint: b4f279a164c6b00d
-- target fingerprint: 8ea809613edfceef
-- 4 statements; hazards: data-loss,irreversible

BEGIN;

DROP STATISTICS public.orders_city_zip;

DROP STATISTICS stats.orders_exprs;

-- hazard: data-loss,irreversible
DROP TABLE public.visits;

DROP SCHEMA stats;

COMMIT;
