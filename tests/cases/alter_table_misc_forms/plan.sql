-- schemadiff plan
-- source fingerprint: 8edf2e07135bb4e9
-- target fingerprint: fa520a1f0f2e59fe
-- 11 statements; hazards: none

SET search_path = public;

BEGIN;

ALTER TABLE public.docs ENABLE ROW LEVEL SECURITY;

ALTER TABLE public.docs FORCE ROW LEVEL SECURITY;

ALTER TABLE public.docs SET (fillfactor=80, autovacuum_enabled=false);

ALTER TABLE public.docs ALTER COLUMN owner SET DEFAULT CURRENT_USER;

ALTER TABLE public.docs ADD CONSTRAINT schemadiff_nn_34f532b658b4b963 CHECK (owner IS NOT NULL) NOT VALID;

ALTER TABLE public.docs ADD COLUMN tags text[];

ALTER TABLE public.docs ADD COLUMN version integer DEFAULT 1 NOT NULL;

CREATE POLICY docs_owner ON public.docs AS PERMISSIVE FOR ALL TO PUBLIC USING (owner = current_user) WITH CHECK (owner = current_user);

COMMIT;

ALTER TABLE public.docs VALIDATE CONSTRAINT schemadiff_nn_34f532b658b4b963;

ALTER TABLE public.docs ALTER COLUMN owner SET NOT NULL;

ALTER TABLE public.docs DROP CONSTRAINT schemadiff_nn_34f532b658b4b963;
