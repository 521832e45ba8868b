-- schemadiff rollback
-- source fingerprint: 370b9770c13a4735
-- target fingerprint: aa44c6ea491aa725
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
