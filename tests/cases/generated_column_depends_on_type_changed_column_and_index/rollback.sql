-- schemadiff rollback
-- source fingerprint: b1852d6113553017
-- target fingerprint: 7844655f647e6f93
-- 4 statements; hazards: data-loss,rewrite,irreversible

BEGIN;

DROP INDEX public.people_full_name_idx;

-- hazard: data-loss,irreversible
ALTER TABLE public.people DROP COLUMN full_name;

-- hazard: rewrite
ALTER TABLE public.people ADD COLUMN full_name text GENERATED ALWAYS AS ((((first_name)::text || ' '::text) || (last_name)::text)) STORED;

COMMIT;

CREATE INDEX CONCURRENTLY people_full_name_idx ON public.people USING btree (full_name);
