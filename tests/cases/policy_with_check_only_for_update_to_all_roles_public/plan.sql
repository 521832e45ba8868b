-- schemadiff plan
-- source fingerprint: b8bf1c59fe6b917a
-- target fingerprint: b10079e85c9dc36b
-- 3 statements; hazards: none

SET search_path = public;

BEGIN;

ALTER POLICY wiki_add ON public.wiki TO PUBLIC WITH CHECK (author = current_user AND NOT locked);

ALTER POLICY wiki_edit ON public.wiki TO sd_admin, sd_writer USING (NOT locked OR pg_has_role('sd_admin', 'member')) WITH CHECK (author = current_user);

ALTER POLICY wiki_read ON public.wiki TO PUBLIC USING (true);

COMMIT;
