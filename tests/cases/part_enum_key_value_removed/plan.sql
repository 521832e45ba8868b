-- schemadiff plan
-- source fingerprint: 7762a5d2f89f3ece
-- target fingerprint: e5553730326acd50
-- 9 statements; hazards: data-loss,irreversible

BEGIN;

-- hazard: data-loss,irreversible
DROP TABLE public.cust_eu;

-- hazard: data-loss,irreversible
DROP TABLE public.cust_us;

-- hazard: data-loss,irreversible
DROP TABLE public.cust;

ALTER TYPE public.region RENAME TO region__schemadiff_old;

CREATE TYPE public.region AS ENUM ('eu', 'us');

DROP TYPE public.region__schemadiff_old;

CREATE TABLE public.cust (
    id integer NOT NULL,
    r public.region NOT NULL
) PARTITION BY LIST (r);

CREATE TABLE public.cust_eu PARTITION OF public.cust FOR VALUES IN ('eu');

CREATE TABLE public.cust_us PARTITION OF public.cust FOR VALUES IN ('us');

COMMIT;
