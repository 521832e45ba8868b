-- schemadiff rollback
-- source fingerprint: 8fd51c2fdef93270
-- target fingerprint: 8b9e6ead738949c3
-- 7 statements; hazards: rewrite

SET check_function_bodies = false;

BEGIN;

DROP POLICY "Docs: admins" ON public.documents;

DROP POLICY "Docs: shared with me" ON public.documents;

DROP FUNCTION public.visible_docs();

-- hazard: rewrite
ALTER TABLE public.documents ALTER COLUMN id TYPE integer USING id::integer;

-- hazard: rewrite
ALTER TABLE public.grants_tbl ALTER COLUMN doc_id TYPE integer USING doc_id::integer;

CREATE OR REPLACE FUNCTION public.visible_docs()
 RETURNS TABLE(doc_id integer)
 LANGUAGE sql
 STABLE
AS $function$ SELECT doc_id FROM grants_tbl WHERE member = current_user $function$;

CREATE POLICY "Docs: shared with me" ON public.documents AS PERMISSIVE FOR SELECT TO PUBLIC USING ((id IN ( SELECT visible_docs.doc_id
   FROM public.visible_docs() visible_docs(doc_id))));

COMMIT;
