-- schemadiff plan
-- source fingerprint: 9081fdd1f24d6dfc
-- target fingerprint: 4c42148820ae9bb6
-- 11 statements; hazards: rewrite

SET search_path = public;

BEGIN;

DROP INDEX public.jobs_prio_idx;

ALTER TABLE public.jobs DROP CONSTRAINT jobs_high_owner;

ALTER TYPE public.priority RENAME TO priority__schemadiff_old;

CREATE TYPE public.priority AS ENUM ('low', 'mid', 'high', 'urgent');

ALTER TABLE public.jobs ALTER COLUMN prio DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.jobs ALTER COLUMN prio TYPE public.priority USING prio::text::public.priority;

ALTER TABLE public.jobs ALTER COLUMN prio SET DEFAULT 'low'::public.priority;

DROP TYPE public.priority__schemadiff_old;

ALTER TABLE public.jobs ADD CONSTRAINT jobs_high_owner CHECK (prio <> 'high' OR owner IS NOT NULL) NOT VALID;

COMMIT;

CREATE INDEX CONCURRENTLY jobs_prio_idx ON public.jobs USING btree (prio) WHERE prio <> 'low';

CREATE INDEX CONCURRENTLY jobs_urgent_idx ON public.jobs USING btree (id) WHERE prio = 'urgent';
