-- schemadiff rollback
-- source fingerprint: 574e300e58e150a4
-- target fingerprint: eac404c5375f1c43
-- 2 statements; hazards: none

BEGIN;

ALTER TABLE public.players DROP CONSTRAINT players_team_fkey;

ALTER TABLE public.teams DROP CONSTRAINT teams_captain_fkey;

COMMIT;
