-- schemadiff plan
-- source fingerprint: 05c710fc80c2b4d3
-- target fingerprint: 5a81c56a84ad4e02
-- 11 statements; hazards: none

BEGIN;

ALTER TABLE public.u CLUSTER ON u_pkey;

ALTER INDEX public.s_v RENAME TO s_v_renamed;

ALTER TABLE public.w SET WITHOUT CLUSTER;

CREATE TABLE public.n (
    id integer NOT NULL,
    v integer
);

ALTER TABLE public.n ADD CONSTRAINT n_key PRIMARY KEY (id);

ALTER TABLE public.n CLUSTER ON n_key;

CREATE MATERIALIZED VIEW public.mv AS
 SELECT t.id,
    t.v
   FROM public.t;

CREATE INDEX mv_id ON public.mv USING btree (id);

ALTER MATERIALIZED VIEW public.mv CLUSTER ON mv_id;

COMMIT;

CREATE INDEX CONCURRENTLY t_v ON public.t USING btree (v);

ALTER TABLE public.t CLUSTER ON t_v;
