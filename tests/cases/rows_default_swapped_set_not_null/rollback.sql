-- schemadiff rollback
-- source fingerprint: b954a355fa1a9266
-- target fingerprint: 03f894dbfe82b385
-- 8 statements; hazards: none

BEGIN;

ALTER TABLE public.jobs ALTER COLUMN attempts DROP DEFAULT;

ALTER TABLE public.jobs ALTER COLUMN attempts DROP NOT NULL;

ALTER TABLE public.jobs ALTER COLUMN priority DROP DEFAULT;

ALTER TABLE public.jobs ALTER COLUMN priority SET DEFAULT 5;

ALTER TABLE public.jobs ALTER COLUMN priority DROP NOT NULL;

ALTER TABLE public.jobs ALTER COLUMN queue DROP DEFAULT;

ALTER TABLE public.jobs ALTER COLUMN queue SET DEFAULT 'default'::text;

ALTER TABLE public.jobs ALTER COLUMN queue DROP NOT NULL;

COMMIT;
