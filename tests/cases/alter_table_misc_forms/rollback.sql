-- schemadiff rollback
-- source fingerprint: fa520a1f0f2e59fe
-- target fingerprint: 8edf2e07135bb4e9
-- 8 statements; hazards: data-loss,irreversible

BEGIN;

DROP POLICY docs_owner ON public.docs;

ALTER TABLE public.docs DISABLE ROW LEVEL SECURITY;

ALTER TABLE public.docs NO FORCE ROW LEVEL SECURITY;

ALTER TABLE public.docs RESET (fillfactor, autovacuum_enabled);

-- hazard: data-loss,irreversible
ALTER TABLE public.docs DROP COLUMN tags;

-- hazard: data-loss,irreversible
ALTER TABLE public.docs DROP COLUMN version;

ALTER TABLE public.docs ALTER COLUMN owner DROP DEFAULT;

ALTER TABLE public.docs ALTER COLUMN owner DROP NOT NULL;

COMMIT;
