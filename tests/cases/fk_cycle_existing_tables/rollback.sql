-- schemadiff rollback
-- source fingerprint: 2395eac813ef20c6
-- target fingerprint: d03b74565d831818
-- 2 statements; hazards: none

BEGIN;

ALTER TABLE public.players DROP CONSTRAINT players_team_fkey;

ALTER TABLE public.teams DROP CONSTRAINT teams_captain_fkey;

COMMIT;
