-- schemadiff rollback
-- source fingerprint: c2c211d240a78f4c
-- target fingerprint: efb145765830b9bc
-- 6 statements; hazards: data-loss,irreversible

BEGIN;

DROP TRIGGER customers_audit ON public.customers;

DROP TRIGGER subscriptions_audit ON public.subscriptions;

DROP VIEW audit.recent_changes;

-- hazard: data-loss,irreversible
DROP TABLE audit.log;

DROP FUNCTION audit.record_change();

DROP SCHEMA audit;

COMMIT;
