-- schemadiff rollback
-- source fingerprint: e60d5579719c168b
-- target fingerprint: 9aecf291d53005d3
-- 8 statements; hazards: rewrite,long-lock

BEGIN;

ALTER DOMAIN public.email DROP CONSTRAINT email_check;

ALTER DOMAIN public.email RENAME TO email__schemadiff_old;

CREATE DOMAIN public.email AS text;

ALTER TABLE public.contacts ALTER COLUMN emails DROP DEFAULT;

-- hazard: long-lock
ALTER DOMAIN public.email ADD CONSTRAINT email_check CHECK ((VALUE ~ '@'::text));

-- hazard: rewrite
ALTER TABLE public.contacts ALTER COLUMN emails TYPE public.email[] USING emails::text::public.email[];

ALTER TABLE public.contacts ALTER COLUMN emails SET DEFAULT '{}'::public.email[];

DROP DOMAIN public.email__schemadiff_old;

COMMIT;
