-- schemadiff rollback
-- source fingerprint: 71b41003e4a14e60
-- target fingerprint: 541b8e0df2ce37d1
-- 7 statements; hazards: rewrite

BEGIN;

DROP POLICY files_insert ON public.files;

DROP POLICY files_member ON public.files;

DROP INDEX public.files_group_idx;

-- hazard: rewrite
ALTER TABLE public.files ALTER COLUMN group_id TYPE integer USING group_id::integer;

-- hazard: rewrite
ALTER TABLE public.memberships ALTER COLUMN group_id TYPE integer USING group_id::integer;

-- hazard: rewrite
ALTER TABLE public.memberships ALTER COLUMN user_name TYPE character varying(20);

CREATE POLICY files_member ON public.files AS PERMISSIVE FOR ALL TO PUBLIC USING ((EXISTS ( SELECT 1
   FROM public.memberships m
  WHERE ((m.group_id = files.group_id) AND ((m.user_name)::text = CURRENT_USER)))));

COMMIT;
