-- schemadiff plan
-- source fingerprint: 9bc7ee426cdb3c7f
-- target fingerprint: fbaee995866cf023
-- 8 statements; hazards: none

SET search_path = public;

BEGIN;

DROP POLICY p_tenant ON public.doc;

DROP POLICY p_write ON public.doc;

ALTER TABLE public.doc FORCE ROW LEVEL SECURITY;

ALTER POLICY p_read ON public.doc TO sd_admin, sd_reader USING (owner = current_user);

COMMENT ON POLICY p_read ON public.doc IS 'readers and admins';

CREATE POLICY p_tenant ON public.doc AS PERMISSIVE FOR ALL TO sd_writer USING (tenant = 1);

CREATE POLICY p_write ON public.doc AS RESTRICTIVE FOR INSERT TO "sd ""odd"" role", sd_writer WITH CHECK (owner = current_user);

COMMENT ON POLICY p_write ON public.doc IS 'w';

COMMIT;
