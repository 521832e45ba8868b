-- schemadiff rollback
-- source fingerprint: f05c4205a197d4d4
-- target fingerprint: 8cbcb8764e857deb
-- 7 statements; hazards: rewrite

BEGIN;

DROP VIEW public.upcoming;

ALTER TABLE public.bookings ALTER COLUMN created_at DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.bookings ALTER COLUMN created_at TYPE timestamp without time zone USING created_at::timestamp without time zone;

ALTER TABLE public.bookings ALTER COLUMN created_at SET DEFAULT CURRENT_TIMESTAMP;

-- hazard: rewrite
ALTER TABLE public.bookings ALTER COLUMN ends_at TYPE timestamp without time zone USING ends_at::timestamp without time zone;

-- hazard: rewrite
ALTER TABLE public.bookings ALTER COLUMN starts_at TYPE timestamp without time zone USING starts_at::timestamp without time zone;

CREATE VIEW public.upcoming AS
 SELECT bookings.id,
    bookings.room,
    bookings.starts_at
   FROM public.bookings
  WHERE (bookings.starts_at > '2000-01-01 00:00:00'::timestamp without time zone);

COMMIT;
