-- schemadiff plan
-- source fingerprint: e1be2bc323d799b0
-- target fingerprint: 7a970aa37891a62c
-- 16 statements; hazards: data-loss,long-lock,irreversible

BEGIN;

DROP STATISTICS public.e_b_kv;

DROP INDEX public.e_b_v;

-- hazard: data-loss,irreversible
DROP TABLE public.e_a;

-- hazard: data-loss,irreversible
DROP TABLE public.e_b;

-- hazard: data-loss,irreversible
DROP TABLE public.e;

ALTER TYPE public.kind RENAME TO kind__schemadiff_old;

CREATE TYPE public.kind AS ENUM ('a', 'b');

DROP TYPE public.kind__schemadiff_old;

CREATE TABLE public.e (
    id integer NOT NULL,
    k public.kind NOT NULL,
    v integer
) PARTITION BY LIST (k);

CREATE TABLE public.e_a PARTITION OF public.e FOR VALUES IN ('a');

ALTER TABLE ONLY public.e_a ALTER COLUMN k SET STATISTICS 45;

ALTER TABLE ONLY public.e_a ALTER COLUMN v SET STATISTICS 44;

CREATE TABLE public.e_b PARTITION OF public.e FOR VALUES IN ('b');

-- hazard: long-lock
CREATE INDEX e_b_v ON public.e_b USING btree (v);

ALTER TABLE public.e_b CLUSTER ON e_b_v;

CREATE STATISTICS public.e_b_kv (ndistinct, dependencies, mcv) ON k, v FROM public.e_b;

COMMIT;
