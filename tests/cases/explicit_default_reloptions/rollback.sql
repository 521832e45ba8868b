-- schemadiff rollback
-- source fingerprint: 26c35b418bda388a
-- target fingerprint: ecf495e0aae18571
-- 5 statements; hazards: none

BEGIN;

DROP INDEX public.t_a;

ALTER TABLE public.t RESET (autovacuum_enabled, fillfactor);

CREATE OR REPLACE VIEW public.v AS
 SELECT t.id,
    t.a
   FROM public.t;

CREATE OR REPLACE VIEW public.w WITH (security_barrier=true) AS
 SELECT t.id
   FROM public.t;

COMMIT;

CREATE INDEX CONCURRENTLY t_a ON public.t USING btree (a);
