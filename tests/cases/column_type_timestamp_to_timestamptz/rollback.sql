-- schemadiff rollback
-- source fingerprint: 1442587263f49005
-- target fingerprint: 03ceb170c77fa09d
-- 4 statements; hazards: rewrite

BEGIN;

ALTER TABLE public.logins ALTER COLUMN logged_in_at DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.logins ALTER COLUMN logged_in_at TYPE timestamp without time zone USING logged_in_at::timestamp without time zone;

ALTER TABLE public.logins ALTER COLUMN logged_in_at SET DEFAULT now();

-- hazard: rewrite
ALTER TABLE public.logins ALTER COLUMN logged_out_at TYPE timestamp(3) without time zone USING logged_out_at::timestamp(3) without time zone;

COMMIT;
