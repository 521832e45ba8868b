-- schemadiff rollback
-- source fingerprint: f07240c6de09b37a
-- target fingerprint: 6587cec63d715445
-- 11 statements; hazards: rewrite,long-lock

BEGIN;

DROP STATISTICS b.s_xy;

DROP STATISTICS public.mv_xy;

DROP INDEX public.mv_id;

DROP MATERIALIZED VIEW public.mv;

-- hazard: rewrite
ALTER TABLE public.s ALTER COLUMN x TYPE integer USING x::integer;

CREATE MATERIALIZED VIEW public.mv AS
 SELECT s.id,
    s.x,
    s.y
   FROM public.s;

-- hazard: long-lock
CREATE UNIQUE INDEX mv_id ON public.mv USING btree (id);

ALTER MATERIALIZED VIEW public.mv CLUSTER ON mv_id;

CREATE STATISTICS a.s_xy (ndistinct, dependencies, mcv) ON x, y FROM public.s;

COMMENT ON STATISTICS a.s_xy IS 'xy';

CREATE STATISTICS public.mv_xy (ndistinct, dependencies, mcv) ON x, y FROM public.mv;

COMMIT;
