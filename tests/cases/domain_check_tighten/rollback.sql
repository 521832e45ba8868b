-- schemadiff rollback
-- source fingerprint: 11a2ce1576aa4e0d
-- target fingerprint: 8849f94300080e88
-- 3 statements; hazards: long-lock

BEGIN;

ALTER DOMAIN public.email_addr DROP CONSTRAINT email_addr_check;

ALTER DOMAIN public.pos_int DROP CONSTRAINT pos_int_max;

-- hazard: long-lock
ALTER DOMAIN public.email_addr ADD CONSTRAINT email_addr_check CHECK ((VALUE ~~ '%@%'::text));

COMMIT;
