-- schemadiff rollback
-- source fingerprint: f2b8297d265b2036
-- target fingerprint: 1590bad9f2b9c8ee
-- 4 statements; hazards: data-loss,irreversible

BEGIN;

-- hazard: data-loss,irreversible
ALTER TABLE support.tickets DROP COLUMN escalated_as;

DROP FUNCTION support.escalate(s support.urgent_severity);

DROP FUNCTION support.page_on_call(s support.urgent_severity, note text);

DROP DOMAIN support.urgent_severity;

COMMIT;
