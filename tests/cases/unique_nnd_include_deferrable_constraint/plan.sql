-- schemadiff plan
-- source fingerprint: 9ea4db1ddda323c3
-- target fingerprint: b3c53eb89215a9eb
-- 7 statements; hazards: long-lock

SET search_path = public;

BEGIN;

DROP INDEX public.t_b;

DROP INDEX public.t_c;

ALTER TABLE public.t DROP CONSTRAINT t_a_key;

-- hazard: long-lock
ALTER TABLE public.t ADD CONSTRAINT t_a_key UNIQUE NULLS NOT DISTINCT (a) INCLUDE (b) WITH (fillfactor='70') DEFERRABLE INITIALLY DEFERRED;

COMMENT ON INDEX public.t_a_key IS 'nnd';

COMMIT;

CREATE INDEX CONCURRENTLY t_b ON public.t USING btree (b COLLATE "POSIX" NULLS FIRST, lower(c) DESC);

CREATE INDEX CONCURRENTLY t_c ON public.t USING btree (c text_pattern_ops DESC) INCLUDE (b, a) WHERE a > 0;
