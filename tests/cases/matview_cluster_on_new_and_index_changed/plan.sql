-- schemadiff plan
-- source fingerprint: 4bc2fefd23113034
-- target fingerprint: 152bd6e196f739e3
-- 6 statements; hazards: long-lock

BEGIN;

DROP INDEX public.mv_v;

-- hazard: long-lock
CREATE INDEX mv_v ON public.mv USING btree (v, id);

ALTER MATERIALIZED VIEW public.mv CLUSTER ON mv_v;

CREATE MATERIALIZED VIEW public.mv2 AS
 SELECT t.id,
    t.w
   FROM public.t;

CREATE UNIQUE INDEX mv2_id ON public.mv2 USING btree (id);

ALTER MATERIALIZED VIEW public.mv2 CLUSTER ON mv2_id;

COMMIT;
