-- schemadiff plan
-- source fingerprint: bbcf32336d477758
-- target fingerprint: 1707769c90961af0
-- 7 statements; hazards: long-lock

BEGIN;

DROP MATERIALIZED VIEW public.m2;

DROP INDEX public.m_id;

DROP MATERIALIZED VIEW public.m;

CREATE MATERIALIZED VIEW public.m WITH (fillfactor=70) AS
 SELECT t.id,
    t.v
   FROM public.t
WITH NO DATA;

-- hazard: long-lock
CREATE UNIQUE INDEX m_id ON public.m USING btree (id) WITH (fillfactor='60');

CREATE MATERIALIZED VIEW public.m2 AS
 SELECT t.id
   FROM public.t;

COMMENT ON COLUMN public.m.v IS 'value';

COMMIT;
