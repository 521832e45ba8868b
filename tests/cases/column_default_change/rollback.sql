-- schemadiff rollback
-- source fingerprint: fcf9b556a006df14
-- target fingerprint: 1d10b2abcfa11fe5
-- 8 statements; hazards: none

BEGIN;

ALTER TABLE public.tickets ALTER COLUMN due_at DROP DEFAULT;

ALTER TABLE public.tickets ALTER COLUMN due_at SET DEFAULT (now() + '7 days'::interval);

ALTER TABLE public.tickets ALTER COLUMN priority DROP DEFAULT;

ALTER TABLE public.tickets ALTER COLUMN priority SET DEFAULT 3;

ALTER TABLE public.tickets ALTER COLUMN state DROP DEFAULT;

ALTER TABLE public.tickets ALTER COLUMN state SET DEFAULT 'open'::text;

ALTER TABLE public.tickets ALTER COLUMN uid DROP DEFAULT;

ALTER TABLE public.tickets ALTER COLUMN uid SET DEFAULT gen_random_uuid();

COMMIT;
