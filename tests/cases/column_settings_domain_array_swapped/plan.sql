-- schemadiff plan
-- source fingerprint: acec0bb7d1ce3153
-- target fingerprint: 94078ca65a84b3fc
-- 10 statements; hazards: rewrite,long-lock

BEGIN;

ALTER DOMAIN public.email DROP CONSTRAINT email_check;

ALTER DOMAIN public.email RENAME TO email__schemadiff_old;

CREATE DOMAIN public.email AS text;

-- hazard: long-lock
ALTER DOMAIN public.email ADD CONSTRAINT email_check CHECK ((VALUE ~~ '%@%.%'::text));

-- hazard: rewrite
ALTER TABLE public.contacts ALTER COLUMN emails TYPE public.email[] USING emails::text::public.email[];

ALTER TABLE ONLY public.contacts ALTER COLUMN emails SET STORAGE MAIN;

ALTER TABLE ONLY public.contacts ALTER COLUMN emails SET COMPRESSION pglz;

-- hazard: rewrite
ALTER TABLE public.contacts ALTER COLUMN primary_email TYPE public.email USING primary_email::text::public.email;

ALTER TABLE ONLY public.contacts ALTER COLUMN primary_email SET STORAGE EXTERNAL;

DROP DOMAIN public.email__schemadiff_old;

COMMIT;
