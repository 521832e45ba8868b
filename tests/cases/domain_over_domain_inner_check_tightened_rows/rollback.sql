-- schemadiff rollback
-- source fingerprint: 090c859c1b0d1396
-- target fingerprint: 7c5e8536e7d6239e
-- 3 statements; hazards: long-lock

BEGIN;

ALTER DOMAIN public.percentage DROP CONSTRAINT percentage_check;

ALTER DOMAIN public.positive_int DROP CONSTRAINT positive_int_sane;

-- hazard: long-lock
ALTER DOMAIN public.percentage ADD CONSTRAINT percentage_check CHECK (((VALUE)::integer <= 1000));

COMMIT;
