-- schemadiff rollback
-- source fingerprint: fcc74169edaf9e31
-- target fingerprint: a51ce276a436dd1b
-- 2 statements; hazards: data-loss,irreversible

BEGIN;

DROP INDEX public.audit_log_at_brin;

-- hazard: data-loss,irreversible
DROP TABLE public.audit_log_2026;

COMMIT;
