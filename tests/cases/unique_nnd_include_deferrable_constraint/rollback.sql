-- schemadiff rollback
-- source fingerprint: b3c53eb89215a9eb
-- target fingerprint: 9ea4db1ddda323c3
-- 6 statements; hazards: long-lock

BEGIN;

DROP INDEX public.t_b;

DROP INDEX public.t_c;

ALTER TABLE public.t DROP CONSTRAINT t_a_key;

-- hazard: long-lock
ALTER TABLE public.t ADD CONSTRAINT t_a_key UNIQUE (a);

COMMIT;

CREATE INDEX CONCURRENTLY t_b ON public.t USING btree (b COLLATE "C" NULLS FIRST, lower(c) DESC);

CREATE INDEX CONCURRENTLY t_c ON public.t USING btree (c text_pattern_ops DESC NULLS LAST) INCLUDE (b) WHERE (a > 0);
