-- schemadiff plan
-- source fingerprint: 8cbcb8764e857deb
-- target fingerprint: f05c4205a197d4d4
-- 7 statements; hazards: rewrite

SET search_path = public;

BEGIN;

DROP VIEW public.upcoming;

ALTER TABLE public.bookings ALTER COLUMN created_at DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.bookings ALTER COLUMN created_at TYPE timestamp with time zone USING created_at::timestamp with time zone;

ALTER TABLE public.bookings ALTER COLUMN created_at SET DEFAULT CURRENT_TIMESTAMP;

-- hazard: rewrite
ALTER TABLE public.bookings ALTER COLUMN ends_at TYPE timestamp with time zone USING ends_at::timestamp with time zone;

-- hazard: rewrite
ALTER TABLE public.bookings ALTER COLUMN starts_at TYPE timestamp with time zone USING starts_at::timestamp with time zone;

CREATE VIEW public.upcoming AS
SELECT id, room, starts_at FROM bookings WHERE starts_at > '2000-01-01';

COMMIT;
