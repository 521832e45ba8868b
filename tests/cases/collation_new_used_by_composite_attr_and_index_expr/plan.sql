-- schemadiff plan
-- source fingerprint: 51e068f3e229cde5
-- target fingerprint: e2300de334ca035a
-- 6 statements; hazards: rewrite

BEGIN;

CREATE COLLATION public.german_phonebook (PROVIDER = icu, LOCALE = 'de-u-co-phonebk');

ALTER TYPE public.contact RENAME TO contact__schemadiff_old;

CREATE TYPE public.contact AS (name text COLLATE public.german_phonebook, email text);

-- hazard: rewrite
ALTER TABLE public.members ALTER COLUMN info TYPE public.contact USING CASE WHEN pg_catalog.num_nulls(info) = 1 THEN NULL ELSE ROW((info).name::text, (info).email::text)::public.contact END;

DROP TYPE public.contact__schemadiff_old;

COMMIT;

CREATE INDEX CONCURRENTLY members_handle_de_idx ON public.members USING btree (handle COLLATE public.german_phonebook);
