-- schemadiff plan
-- source fingerprint: 79d6cf9832e12133
-- target fingerprint: d3f1364e11af982f
-- 2 statements; hazards: long-lock

BEGIN;

-- hazard: long-lock
ALTER TABLE public.players ADD CONSTRAINT players_team_fkey FOREIGN KEY (team_id) REFERENCES public.teams(id) ON DELETE CASCADE;

-- hazard: long-lock
ALTER TABLE public.teams ADD CONSTRAINT teams_captain_fkey FOREIGN KEY (captain_id) REFERENCES public.players(id);

COMMIT;
