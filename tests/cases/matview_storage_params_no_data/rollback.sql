-- schemadiff rollback
-- source fingerprint: 1707769c90961af0
-- target fingerprint: bbcf32336d477758
-- 6 statements; hazards: long-lock

BEGIN;

DROP MATERIALIZED VIEW public.m2;

DROP INDEX public.m_id;

DROP MATERIALIZED VIEW public.m;

CREATE MATERIALIZED VIEW public.m AS
 SELECT t.id,
    t.v
   FROM public.t
WITH NO DATA;

-- hazard: long-lock
CREATE UNIQUE INDEX m_id ON public.m USING btree (id);

CREATE MATERIALIZED VIEW public.m2 WITH (fillfactor=50, autovacuum_enabled=false) AS
 SELECT t.id
   FROM public.t;

COMMIT;
