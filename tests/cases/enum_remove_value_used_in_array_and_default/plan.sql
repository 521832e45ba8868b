-- schemadiff plan
-- source fingerprint: c2118c2156a1df10
-- target fingerprint: c3af94f1025a9646
-- 9 statements; hazards: rewrite

BEGIN;

ALTER TYPE public.permission RENAME TO permission__schemadiff_old;

CREATE TYPE public.permission AS ENUM ('read', 'write', 'admin');

ALTER TABLE public.api_keys ALTER COLUMN perms DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.api_keys ALTER COLUMN perms TYPE public.permission[] USING perms::text::public.permission[];

ALTER TABLE public.api_keys ALTER COLUMN perms SET DEFAULT '{read}'::public.permission[];

ALTER TABLE public.api_keys ALTER COLUMN primary_perm DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.api_keys ALTER COLUMN primary_perm TYPE public.permission USING primary_perm::text::public.permission;

ALTER TABLE public.api_keys ALTER COLUMN primary_perm SET DEFAULT 'read'::public.permission;

DROP TYPE public.permission__schemadiff_old;

COMMIT;
