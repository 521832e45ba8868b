-- schemadiff plan
-- source fingerprint: 8849f94300080e88
-- target fingerprint: 11a2ce1576aa4e0d
-- 3 statements; hazards: long-lock

BEGIN;

ALTER DOMAIN public.email_addr DROP CONSTRAINT email_addr_check;

-- hazard: long-lock
ALTER DOMAIN public.email_addr ADD CONSTRAINT email_addr_check CHECK ((VALUE ~ '^[^@\s]+@[^@\s]+\.[a-z]+$'::text));

-- hazard: long-lock
ALTER DOMAIN public.pos_int ADD CONSTRAINT pos_int_max CHECK ((VALUE < 200));

COMMIT;
