-- schemadiff plan
-- source fingerprint: 8b13c5953a2a66e0
-- target fingerprint: 1e518f40751291c9
-- 4 statements; hazards: none

SET search_path = public;

BEGIN;

ALTER POLICY p_read ON public.notes TO sd_reader, sd_writer USING ((tenant = (current_setting('app.tenant'::text))::integer));

CREATE POLICY "Tenant isolation" ON public.notes AS RESTRICTIVE FOR ALL TO PUBLIC USING (tenant IS NOT NULL);

CREATE POLICY p_write ON public.notes AS PERMISSIVE FOR UPDATE TO sd_writer USING (author = current_user) WITH CHECK (author = current_user AND body <> '');

COMMENT ON POLICY "Tenant isolation" ON public.notes IS 'restrictive';

COMMIT;
