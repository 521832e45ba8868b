-- schemadiff rollback
-- source fingerprint: b8377f994c99fb5b
-- target fingerprint: 1e3ac06b6ce4715f
-- 2 statements; hazards: none

BEGIN;

ALTER TABLE public.players DROP CONSTRAINT players_team_fkey;

ALTER TABLE public.teams DROP CONSTRAINT teams_captain_fkey;

COMMIT;
