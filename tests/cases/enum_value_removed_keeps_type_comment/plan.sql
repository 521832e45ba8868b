-- schemadiff plan
-- source fingerprint: 0f55383b350f97d4
-- target fingerprint: 3704ee412430bbcf
-- 7 statements; hazards: rewrite

BEGIN;

ALTER TYPE public.priority RENAME TO priority__schemadiff_old;

CREATE TYPE public.priority AS ENUM ('low', 'normal', 'high');

ALTER TABLE public.tasks ALTER COLUMN prio DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.tasks ALTER COLUMN prio TYPE public.priority USING prio::text::public.priority;

ALTER TABLE public.tasks ALTER COLUMN prio SET DEFAULT 'normal'::public.priority;

DROP TYPE public.priority__schemadiff_old;

COMMENT ON TYPE public.priority IS 'task priority; "obsolete" is going away';

COMMIT;
