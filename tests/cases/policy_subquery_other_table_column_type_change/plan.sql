-- schemadiff plan
-- source fingerprint: a36bd7258b0951fe
-- target fingerprint: 437b897b71b39885
-- 4 statements; hazards: rewrite

SET search_path = public;

BEGIN;

DROP POLICY team_files_member ON public.team_files;

-- hazard: rewrite
ALTER TABLE public.memberships ALTER COLUMN team_id TYPE bigint USING team_id::bigint;

-- hazard: rewrite
ALTER TABLE public.team_files ALTER COLUMN team_id TYPE bigint USING team_id::bigint;

CREATE POLICY team_files_member ON public.team_files AS PERMISSIVE FOR SELECT TO PUBLIC USING (team_id IN (SELECT m.team_id FROM memberships m WHERE m.user_name = current_user));

COMMIT;
