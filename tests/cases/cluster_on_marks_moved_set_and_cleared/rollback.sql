-- schemadiff rollback
-- source fingerprint: 5a81c56a84ad4e02
-- target fingerprint: 05c710fc80c2b4d3
-- 7 statements; hazards: data-loss,irreversible

BEGIN;

DROP MATERIALIZED VIEW public.mv;

DROP INDEX public.t_v;

-- hazard: data-loss,irreversible
DROP TABLE public.n;

ALTER TABLE public.t CLUSTER ON t_pkey;

ALTER TABLE public.u SET WITHOUT CLUSTER;

ALTER INDEX public.s_v_renamed RENAME TO s_v;

ALTER TABLE public.w CLUSTER ON w_v;

COMMIT;
