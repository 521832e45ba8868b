-- schemadiff rollback
-- source fingerprint: cfba90bd260cc040
-- target fingerprint: 034c5f34030413fb
-- 8 statements; hazards: data-loss,irreversible

BEGIN;

DROP STATISTICS public.t_ab;

-- hazard: data-loss,irreversible
DROP TABLE public.t1;

-- hazard: data-loss,irreversible
DROP TABLE public.t;

CREATE TABLE public.t (
    a integer,
    b integer,
    c integer
);

ALTER TABLE ONLY public.t ALTER COLUMN c SET STATISTICS 77;

CREATE INDEX t_b ON public.t USING btree (b);

ALTER TABLE public.t CLUSTER ON t_b;

CREATE STATISTICS public.t_ab (ndistinct, dependencies, mcv) ON a, b FROM public.t;

COMMIT;
