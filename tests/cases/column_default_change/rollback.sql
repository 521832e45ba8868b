-- schemadiff rollback
-- source fingerprint: 698a4a081f292a52
-- target fingerprint: 3ad2cd2a7aeae2a2
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
