-- schemadiff plan
-- source fingerprint: 875a56e56c9812db
-- target fingerprint: b1f6675e13017b5d
-- 4 statements; hazards: data-loss,irreversible

BEGIN;

DROP VIEW public.team_rosters;

ALTER TABLE public.players DROP CONSTRAINT players_team_id_fkey;

DROP FUNCTION public.team_name(bigint);

-- hazard: data-loss,irreversible
DROP TABLE public.teams;

COMMIT;
