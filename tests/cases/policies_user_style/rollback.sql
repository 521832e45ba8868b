-- schemadiff rollback
-- source fingerprint: 1e518f40751291c9
-- target fingerprint: 8b13c5953a2a66e0
-- 3 statements; hazards: none

BEGIN;

DROP POLICY "Tenant isolation" ON public.notes;

DROP POLICY p_write ON public.notes;

ALTER POLICY p_read ON public.notes TO PUBLIC USING (true);

COMMIT;
