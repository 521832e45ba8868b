-- schemadiff plan
-- source fingerprint: 1e3ac06b6ce4715f
-- target fingerprint: b8377f994c99fb5b
-- 2 statements; hazards: long-lock

BEGIN;

-- hazard: long-lock
ALTER TABLE public.players ADD CONSTRAINT players_team_fkey FOREIGN KEY (team_id) REFERENCES public.teams(id) ON DELETE CASCADE;

-- hazard: long-lock
ALTER TABLE public.teams ADD CONSTRAINT teams_captain_fkey FOREIGN KEY (captain_id) REFERENCES public.players(id);

COMMIT;
