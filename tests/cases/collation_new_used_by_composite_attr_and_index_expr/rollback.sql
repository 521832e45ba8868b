-- schemadiff rollback
-- source fingerprint: e2300de334ca035a
-- target fingerprint: 51e068f3e229cde5
-- 6 statements; hazards: rewrite

BEGIN;

DROP INDEX public.members_handle_de_idx;

ALTER TYPE public.contact RENAME TO contact__schemadiff_old;

CREATE TYPE public.contact AS (name text, email text);

-- hazard: rewrite
ALTER TABLE public.members ALTER COLUMN info TYPE public.contact USING CASE WHEN pg_catalog.num_nulls(info) = 1 THEN NULL ELSE ROW((info).name::text, (info).email::text)::public.contact END;

DROP TYPE public.contact__schemadiff_old;

DROP COLLATION public.german_phonebook;

COMMIT;
