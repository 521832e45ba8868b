-- schemadiff rollback
-- source fingerprint: d3f1364e11af982f
-- target fingerprint: 79d6cf9832e12133
-- 2 statements; hazards: none

BEGIN;

ALTER TABLE public.players DROP CONSTRAINT players_team_fkey;

ALTER TABLE public.teams DROP CONSTRAINT teams_captain_fkey;

COMMIT;
