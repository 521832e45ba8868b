-- schemadiff plan
-- source fingerprint: 3ad2cd2a7aeae2a2
-- target fingerprint: 698a4a081f292a52
-- 8 statements; hazards: none

BEGIN;

ALTER TABLE public.tickets ALTER COLUMN due_at DROP DEFAULT;

ALTER TABLE public.tickets ALTER COLUMN due_at SET DEFAULT (now() + '14 days'::interval);

ALTER TABLE public.tickets ALTER COLUMN priority DROP DEFAULT;

ALTER TABLE public.tickets ALTER COLUMN priority SET DEFAULT 5;

ALTER TABLE public.tickets ALTER COLUMN state DROP DEFAULT;

ALTER TABLE public.tickets ALTER COLUMN state SET DEFAULT 'new'::text;

ALTER TABLE public.tickets ALTER COLUMN uid DROP DEFAULT;

ALTER TABLE public.tickets ALTER COLUMN uid SET DEFAULT (md5(((random())::text || (clock_timestamp())::text)))::uuid;

COMMIT;
