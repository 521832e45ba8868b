-- schemadiff rollback
-- source fingerprint: fb2da40ddace0fa3
-- target fingerprint: ae21d5fdca2937b8
-- 9 statements; hazards: data-loss,rewrite,long-lock,irreversible

BEGIN;

DROP INDEX public.people_full_name_key;

-- hazard: data-loss,irreversible
ALTER TABLE public.people DROP COLUMN full_name;

ALTER TABLE public.people ALTER COLUMN search_key DROP EXPRESSION;

ALTER TABLE public.people ADD CONSTRAINT schemadiff_nn_07e412b80dd8b877 CHECK (search_key IS NOT NULL) NOT VALID;

-- hazard: rewrite
ALTER TABLE public.people ADD COLUMN full_name text GENERATED ALWAYS AS (((first_name || ' '::text) || last_name)) STORED;

-- hazard: long-lock
CREATE UNIQUE INDEX people_full_name_key ON public.people USING btree (full_name);

COMMIT;

ALTER TABLE public.people VALIDATE CONSTRAINT schemadiff_nn_07e412b80dd8b877;

ALTER TABLE public.people ALTER COLUMN search_key SET NOT NULL;

ALTER TABLE public.people DROP CONSTRAINT schemadiff_nn_07e412b80dd8b877;
