-- schemadiff rollback
-- source fingerprint: ed3af7607f5c45b7
-- target fingerprint: c0cc5159cacf1250
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

CREATE STATISTICS public.t_ab ON a, b FROM public.t;

COMMIT;
