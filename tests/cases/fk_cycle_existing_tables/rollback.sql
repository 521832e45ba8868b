-- schemadiff rollback
-- source fingerprint: 926f7970923c1e18
-- target fingerprint: 9ebd98863e45cdb6
-- 2 statements; hazards: none

BEGIN;

ALTER TABLE public.players DROP CONSTRAINT players_team_fkey;

ALTER TABLE public.teams DROP CONSTRAINT teams_captain_fkey;

COMMIT;
