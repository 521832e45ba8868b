-- schemadiff plan
-- source fingerprint: 7c5e8536e7d6239e
-- target fingerprint: 090c859c1b0d1396
-- 3 statements; hazards: long-lock

BEGIN;

ALTER DOMAIN public.percentage DROP CONSTRAINT percentage_check;

-- hazard: long-lock
ALTER DOMAIN public.percentage ADD CONSTRAINT percentage_check CHECK (((VALUE)::integer <= 100));

-- hazard: long-lock
ALTER DOMAIN public.positive_int ADD CONSTRAINT positive_int_sane CHECK ((VALUE < 1000000));

COMMIT;
