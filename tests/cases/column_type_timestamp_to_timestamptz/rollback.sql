-- schemadiff rollback
-- source fingerprint: 217ba133001bd959
-- target fingerprint: b30050c43490ab64
-- 4 statements; hazards: rewrite

BEGIN;

ALTER TABLE public.logins ALTER COLUMN logged_in_at DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.logins ALTER COLUMN logged_in_at TYPE timestamp without time zone USING logged_in_at::timestamp without time zone;

ALTER TABLE public.logins ALTER COLUMN logged_in_at SET DEFAULT now();

-- hazard: rewrite
ALTER TABLE public.logins ALTER COLUMN logged_out_at TYPE timestamp(3) without time zone USING logged_out_at::timestamp(3) without time zone;

COMMIT;
