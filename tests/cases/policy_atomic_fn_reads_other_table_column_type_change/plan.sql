-- schemadiff plan
-- source fingerprint: adb2dc43311ae09c
-- target fingerprint: 3de86b3a03617ca3
-- 7 statements; hazards: rewrite

SET check_function_bodies = false;

SET search_path = public;

BEGIN;

DROP POLICY boards_member ON public.boards;

DROP VIEW public.my_boards;

DROP FUNCTION public.is_member(t integer);

-- hazard: rewrite
ALTER TABLE public.team_members ALTER COLUMN team_id TYPE bigint USING team_id::bigint;

CREATE OR REPLACE FUNCTION public.is_member(t integer)
 RETURNS boolean
 LANGUAGE sql
 STABLE
BEGIN ATOMIC
 SELECT (EXISTS ( SELECT 1
            FROM public.team_members m
           WHERE ((m.team_id = is_member.t) AND (m.member = CURRENT_USER)))) AS "exists";
END;

CREATE VIEW public.my_boards AS
SELECT id, title FROM boards WHERE is_member(team_id);

CREATE POLICY boards_member ON public.boards AS PERMISSIVE FOR ALL TO PUBLIC USING (is_member(team_id));

COMMIT;
