-- schemadiff plan
-- source fingerprint: c0cc5159cacf1250
-- target fingerprint: ed3af7607f5c45b7
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

CREATE STATISTICS public.t_ab ON a, b FROM public.t;

COMMIT;
