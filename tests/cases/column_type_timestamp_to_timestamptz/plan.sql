-- schemadiff plan
-- source fingerprint: a412f3bea0af6c8a
-- target fingerprint: 4e497d63bc28a348
-- 4 statements; hazards: rewrite

BEGIN;

ALTER TABLE public.logins ALTER COLUMN logged_in_at DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.logins ALTER COLUMN logged_in_at TYPE timestamp with time zone USING logged_in_at::timestamp with time zone;

ALTER TABLE public.logins ALTER COLUMN logged_in_at SET DEFAULT now();

-- hazard: rewrite
ALTER TABLE public.logins ALTER COLUMN logged_out_at TYPE timestamp(6) with time zone USING logged_out_at::timestamp(6) with time zone;

COMMIT;
