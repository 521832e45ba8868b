-- schemadiff plan
-- source fingerprint: 034c5f34030413fb
-- target fingerprint: cfba90bd260cc040
-- 7 statements; hazards: data-loss,irreversible

BEGIN;

DROP STATISTICS public.t_ab;

-- hazard: data-loss,irreversible
DROP TABLE public.t;

CREATE TABLE public.t (
    a integer,
    b integer,
    c integer
) PARTITION BY RANGE (a);

ALTER TABLE ONLY public.t ALTER COLUMN c SET STATISTICS 77;

CREATE TABLE public.t1 PARTITION OF public.t FOR VALUES FROM (0) TO (10);

ALTER TABLE ONLY public.t1 ALTER COLUMN c SET STATISTICS 77;

CREATE STATISTICS public.t_ab (ndistinct, dependencies, mcv) ON a, b FROM public.t;

COMMIT;
