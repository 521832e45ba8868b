-- schemadiff plan
-- source fingerprint: 9aecf291d53005d3
-- target fingerprint: e60d5579719c168b
-- 9 statements; hazards: rewrite,long-lock

BEGIN;

ALTER DOMAIN public.email DROP CONSTRAINT email_check;

ALTER DOMAIN public.email RENAME TO email__schemadiff_old;

CREATE DOMAIN public.email AS text COLLATE pg_catalog."C";

ALTER TABLE public.contacts ALTER COLUMN emails DROP DEFAULT;

-- hazard: long-lock
ALTER DOMAIN public.email ADD CONSTRAINT email_check CHECK ((VALUE ~ '^[^@]+@[^@]+$'::text));

ALTER DOMAIN public.email ADD CONSTRAINT email_check1 CHECK ((length(VALUE) < 255));

-- hazard: rewrite
ALTER TABLE public.contacts ALTER COLUMN emails TYPE public.email[] USING emails::text::public.email[];

ALTER TABLE public.contacts ALTER COLUMN emails SET DEFAULT '{}'::public.email[];

DROP DOMAIN public.email__schemadiff_old;

COMMIT;
