-- schemadiff plan
-- source fingerprint: 7844655f647e6f93
-- target fingerprint: b1852d6113553017
-- 5 statements; hazards: data-loss,rewrite,irreversible

BEGIN;

DROP INDEX public.people_full_name_idx;

-- hazard: data-loss,irreversible
ALTER TABLE public.people DROP COLUMN full_name;

-- hazard: rewrite
ALTER TABLE public.people ADD COLUMN full_name text GENERATED ALWAYS AS ((((last_name)::text || ', '::text) || (first_name)::text)) STORED;

COMMENT ON COLUMN public.people.full_name IS 'sortable name';

COMMIT;

CREATE INDEX CONCURRENTLY people_full_name_idx ON public.people USING btree (full_name);
