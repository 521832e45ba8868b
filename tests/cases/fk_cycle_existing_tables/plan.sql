-- schemadiff plan
-- source fingerprint: eac404c5375f1c43
-- target fingerprint: 574e300e58e150a4
-- 4 statements; hazards: none

BEGIN;

ALTER TABLE public.players ADD CONSTRAINT players_team_fkey FOREIGN KEY (team_id) REFERENCES public.teams(id) ON DELETE CASCADE NOT VALID;

ALTER TABLE public.teams ADD CONSTRAINT teams_captain_fkey FOREIGN KEY (captain_id) REFERENCES public.players(id) NOT VALID;

COMMIT;

ALTER TABLE public.players VALIDATE CONSTRAINT players_team_fkey;

ALTER TABLE public.teams VALIDATE CONSTRAINT teams_captain_fkey;
