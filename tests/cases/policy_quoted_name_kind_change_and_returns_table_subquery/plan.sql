-- schemadiff plan
-- source fingerprint: 8b9e6ead738949c3
-- target fingerprint: 8fd51c2fdef93270
-- 7 statements; hazards: rewrite

SET check_function_bodies = false;

SET search_path = public;

BEGIN;

DROP POLICY "Docs: shared with me" ON public.documents;

DROP FUNCTION public.visible_docs();

-- hazard: rewrite
ALTER TABLE public.documents ALTER COLUMN id TYPE bigint USING id::bigint;

-- hazard: rewrite
ALTER TABLE public.grants_tbl ALTER COLUMN doc_id TYPE bigint USING doc_id::bigint;

CREATE OR REPLACE FUNCTION public.visible_docs()
 RETURNS TABLE(doc_id bigint)
 LANGUAGE sql
 STABLE
AS $function$ SELECT doc_id FROM grants_tbl WHERE member = current_user $function$;

CREATE POLICY "Docs: admins" ON public.documents AS PERMISSIVE FOR ALL TO sd_admin USING (true);

CREATE POLICY "Docs: shared with me" ON public.documents AS RESTRICTIVE FOR SELECT TO PUBLIC USING (id IN (SELECT doc_id FROM visible_docs()));

COMMIT;
