-- schemadiff plan
-- source fingerprint: 541b8e0df2ce37d1
-- target fingerprint: 71b41003e4a14e60
-- 7 statements; hazards: rewrite

SET search_path = public;

BEGIN;

DROP POLICY files_member ON public.files;

-- hazard: rewrite
ALTER TABLE public.files ALTER COLUMN group_id TYPE bigint USING group_id::bigint;

-- hazard: rewrite
ALTER TABLE public.memberships ALTER COLUMN group_id TYPE bigint USING group_id::bigint;

ALTER TABLE public.memberships ALTER COLUMN user_name TYPE text USING user_name::text;

CREATE POLICY files_insert ON public.files AS PERMISSIVE FOR INSERT TO PUBLIC WITH CHECK (group_id > 0);

CREATE POLICY files_member ON public.files AS PERMISSIVE FOR ALL TO PUBLIC USING (
    EXISTS (SELECT 1 FROM memberships m WHERE m.group_id = files.group_id AND m.user_name = current_user));

COMMIT;

CREATE INDEX CONCURRENTLY files_group_idx ON public.files USING btree (group_id);
