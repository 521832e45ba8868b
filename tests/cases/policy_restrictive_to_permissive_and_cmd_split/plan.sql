-- schemadiff plan
-- source fingerprint: 92b6f4965bd733ca
-- target fingerprint: 50878f8bb9378955
-- 6 statements; hazards: none

SET search_path = public;

BEGIN;

DROP POLICY docs_all ON public.docs;

DROP POLICY docs_owner ON public.docs;

CREATE POLICY docs_delete ON public.docs AS PERMISSIVE FOR DELETE TO sd_admin USING (true);

CREATE POLICY docs_insert ON public.docs AS PERMISSIVE FOR INSERT TO sd_writer WITH CHECK (owner = current_user AND NOT published);

CREATE POLICY docs_owner ON public.docs AS PERMISSIVE FOR ALL TO sd_writer USING (owner = current_user);

CREATE POLICY docs_read_published ON public.docs AS PERMISSIVE FOR SELECT TO sd_reader, sd_writer USING (published);

COMMIT;
