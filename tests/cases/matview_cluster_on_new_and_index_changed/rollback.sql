-- schemadiff rollback
-- source fingerprint: 152bd6e196f739e3
-- target fingerprint: 4bc2fefd23113034
-- 4 statements; hazards: long-lock

BEGIN;

DROP MATERIALIZED VIEW public.mv2;

DROP INDEX public.mv_v;

-- hazard: long-lock
CREATE INDEX mv_v ON public.mv USING btree (v);

ALTER MATERIALIZED VIEW public.mv CLUSTER ON mv_v;

COMMIT;
