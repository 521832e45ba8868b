-- schemadiff plan
-- source fingerprint: 9ebd98863e45cdb6
-- target fingerprint: 926f7970923c1e18
-- 2 statements; hazards: long-lock

BEGIN;

-- hazard: long-lock
ALTER TABLE public.players ADD CONSTRAINT players_team_fkey FOREIGN KEY (team_id) REFERENCES public.teams(id) ON DELETE CASCADE;

-- hazard: long-lock
ALTER TABLE public.teams ADD CONSTRAINT teams_captain_fkey FOREIGN KEY (captain_id) REFERENCES public.players(id);

COMMIT;
