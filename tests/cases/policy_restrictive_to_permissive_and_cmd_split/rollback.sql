-- schemadiff rollback
-- source fingerprint: 50878f8bb9378955
-- target fingerprint: 92b6f4965bd733ca
-- 6 statements; hazards: none

BEGIN;

DROP POLICY docs_delete ON public.docs;

DROP POLICY docs_insert ON public.docs;

DROP POLICY docs_owner ON public.docs;

DROP POLICY docs_read_published ON public.docs;

CREATE POLICY docs_all ON public.docs AS PERMISSIVE FOR ALL TO PUBLIC USING (true);

CREATE POLICY docs_owner ON public.docs AS RESTRICTIVE FOR ALL TO sd_writer USING ((owner = CURRENT_USER));

COMMIT;
