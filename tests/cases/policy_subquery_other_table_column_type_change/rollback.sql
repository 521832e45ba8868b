-- schemadiff rollback
-- source fingerprint: 437b897b71b39885
-- target fingerprint: a36bd7258b0951fe
-- 4 statements; hazards: rewrite

BEGIN;

DROP POLICY team_files_member ON public.team_files;

-- hazard: rewrite
ALTER TABLE public.memberships ALTER COLUMN team_id TYPE integer USING team_id::integer;

-- hazard: rewrite
ALTER TABLE public.team_files ALTER COLUMN team_id TYPE integer USING team_id::integer;

CREATE POLICY team_files_member ON public.team_files AS PERMISSIVE FOR SELECT TO PUBLIC USING ((team_id IN ( SELECT m.team_id
   FROM public.memberships m
  WHERE (m.user_name = CURRENT_USER))));

COMMIT;
