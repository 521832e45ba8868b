-- schemadiff rollback
-- source fingerprint: fbaee995866cf023
-- target fingerprint: 9bc7ee426cdb3c7f
-- 7 statements; hazards: none

BEGIN;

DROP POLICY p_tenant ON public.doc;

DROP POLICY p_write ON public.doc;

ALTER TABLE public.doc NO FORCE ROW LEVEL SECURITY;

ALTER POLICY p_read ON public.doc TO sd_reader USING (true);

COMMENT ON POLICY p_read ON public.doc IS 'readers';

CREATE POLICY p_tenant ON public.doc AS RESTRICTIVE FOR ALL TO sd_reader, sd_writer USING ((tenant = 1));

CREATE POLICY p_write ON public.doc AS PERMISSIVE FOR INSERT TO sd_writer WITH CHECK ((owner = CURRENT_USER));

COMMIT;
