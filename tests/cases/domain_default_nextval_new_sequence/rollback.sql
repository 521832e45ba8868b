-- schemadiff rollback
-- source fingerprint: 2a48877ff2641c88
-- target fingerprint: 85e11e7e21507720
-- 2 statements; hazards: irreversible

BEGIN;

ALTER DOMAIN public.ticket_no DROP DEFAULT;

-- hazard: irreversible
DROP SEQUENCE public.ticket_no_seq;

COMMIT;
