-- schemadiff plan
-- source fingerprint: 6587cec63d715445
-- target fingerprint: f07240c6de09b37a
-- 12 statements; hazards: rewrite,long-lock

BEGIN;

DROP STATISTICS a.s_xy;

DROP STATISTICS public.mv_xy;

DROP INDEX public.mv_id;

DROP MATERIALIZED VIEW public.mv;

-- hazard: rewrite
ALTER TABLE public.s ALTER COLUMN x TYPE bigint USING x::bigint;

CREATE MATERIALIZED VIEW public.mv AS
 SELECT s.id,
    s.x,
    s.y
   FROM public.s;

-- hazard: long-lock
CREATE UNIQUE INDEX mv_id ON public.mv USING btree (id);

ALTER MATERIALIZED VIEW public.mv CLUSTER ON mv_id;

CREATE STATISTICS b.s_xy (ndistinct, dependencies, mcv) ON x, y FROM public.s;

COMMENT ON STATISTICS b.s_xy IS 'xy';

CREATE STATISTICS public.mv_xy (ndistinct, dependencies, mcv) ON x, y FROM public.mv;

ALTER STATISTICS public.mv_xy SET STATISTICS 5;

COMMIT;
