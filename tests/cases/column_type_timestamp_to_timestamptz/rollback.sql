-- schemadiff rollback
-- source fingerprint: 4e497d63bc28a348
-- target fingerprint: a412f3bea0af6c8a
-- 4 statements; hazards: data-loss,rewrite,irreversible

BEGIN;

ALTER TABLE public.logins ALTER COLUMN logged_in_at DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.logins ALTER COLUMN logged_in_at TYPE timestamp without time zone USING logged_in_at::timestamp without time zone;

ALTER TABLE public.logins ALTER COLUMN logged_in_at SET DEFAULT now();

-- hazard: data-loss,rewrite,irreversible
ALTER TABLE public.logins ALTER COLUMN logged_out_at TYPE timestamp(3) without time zone USING logged_out_at::timestamp(3) without time zone;

COMMIT;
