-- schemadiff plan
-- source fingerprint: eac404c5375f1c43
-- target fingerprint: 574e300e58e150a4
-- 2 statements; hazards: long-lock

BEGIN;

-- hazard: long-lock
ALTER TABLE public.players ADD CONSTRAINT players_team_fkey FOREIGN KEY (team_id) REFERENCES public.teams(id) ON DELETE CASCADE;

-- hazard: long-lock
ALTER TABLE public.teams ADD CONSTRAINT teams_captain_fkey FOREIGN KEY (captain_id) REFERENCES public.players(id);

COMMIT;
