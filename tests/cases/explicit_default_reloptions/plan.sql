-- schemadiff plan
-- source fingerprint: ecf495e0aae18571
-- target fingerprint: 26c35b418bda388a
-- 5 statements; hazards: none

SET search_path = public;

BEGIN;

DROP INDEX public.t_a;

ALTER TABLE public.t SET (autovacuum_enabled=true, fillfactor=100);

CREATE OR REPLACE VIEW public.v WITH (security_barrier=false, security_invoker=false) AS
SELECT id, a FROM t;

CREATE OR REPLACE VIEW public.w WITH (security_barrier=false) AS
SELECT id FROM t;

COMMIT;

CREATE INDEX CONCURRENTLY t_a ON public.t USING btree (a) WITH (fillfactor='90', deduplicate_items=off);
