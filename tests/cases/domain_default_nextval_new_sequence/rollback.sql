-- schemadiff rollback
-- source fingerprint: fc09b2fc941e10d1
-- target fingerprint: 85e11e7e21507720
-- 2 statements; hazards: irreversible

BEGIN;

ALTER DOMAIN public.ticket_no DROP DEFAULT;

-- hazard: irreversible
DROP SEQUENCE public.ticket_no_seq;

COMMIT;
