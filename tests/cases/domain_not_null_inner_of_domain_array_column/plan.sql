-- schemadiff plan
-- source fingerprint: ad36790ccebfa4ad
-- target fingerprint: e5f3876f7120d64f
-- 7 statements; hazards: rewrite

BEGIN;

ALTER DOMAIN public.posint RENAME TO posint__schemadiff_old;

CREATE DOMAIN public.posint AS integer NOT NULL;

ALTER DOMAIN public.sp RENAME TO sp__schemadiff_old;

CREATE DOMAIN public.sp AS public.posint;

-- hazard: rewrite
ALTER TABLE public.t ALTER COLUMN xs TYPE public.sp[] USING xs::text::public.sp[];

DROP DOMAIN public.sp__schemadiff_old;

DROP DOMAIN public.posint__schemadiff_old;

COMMIT;
