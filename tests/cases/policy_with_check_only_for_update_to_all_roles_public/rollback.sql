-- schemadiff rollback
-- source fingerprint: b10079e85c9dc36b
-- target fingerprint: b8bf1c59fe6b917a
-- 4 statements; hazards: none

BEGIN;

DROP POLICY wiki_edit ON public.wiki;

ALTER POLICY wiki_add ON public.wiki TO sd_writer WITH CHECK ((author = CURRENT_USER));

ALTER POLICY wiki_read ON public.wiki TO sd_reader USING (true);

CREATE POLICY wiki_edit ON public.wiki AS PERMISSIVE FOR UPDATE TO sd_writer USING ((NOT locked));

COMMIT;
