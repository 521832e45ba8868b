-- schemadiff rollback
-- source fingerprint: 7b9f6e82fe45433e
-- target fingerprint: 3e975f9f506a5ea4
-- 9 statements; hazards: rewrite,long-lock

BEGIN;

ALTER DOMAIN public.posint DROP CONSTRAINT posint_check;

ALTER DOMAIN public.posint RENAME TO posint__schemadiff_old;

CREATE DOMAIN public.posint AS integer;

-- hazard: long-lock
ALTER DOMAIN public.posint ADD CONSTRAINT posint_check CHECK ((VALUE > 0));

ALTER TYPE public.item RENAME TO item__schemadiff_old;

CREATE TYPE public.item AS (q public.posint, l text);

-- hazard: rewrite
ALTER TABLE public.t ALTER COLUMN it TYPE public.item USING CASE WHEN pg_catalog.num_nulls(it) = 1 THEN NULL ELSE ROW((it).q::text::public.posint, (it).l::text)::public.item END;

DROP TYPE public.item__schemadiff_old;

DROP DOMAIN public.posint__schemadiff_old;

COMMIT;
