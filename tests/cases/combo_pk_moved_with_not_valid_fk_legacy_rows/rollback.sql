-- schemadiff rollback
-- source fingerprint: 9a6b79f62c544bd3
-- target fingerprint: 3a783bccd849db5d
-- 6 statements; hazards: long-lock

BEGIN;

DROP INDEX public.players_team_idx;

ALTER TABLE public.players DROP CONSTRAINT players_team_fkey;

DROP INDEX public.teams_id_idx;

ALTER TABLE public.teams DROP CONSTRAINT teams_pkey;

-- hazard: long-lock
ALTER TABLE public.teams ADD CONSTRAINT teams_pkey PRIMARY KEY (id);

ALTER TABLE public.players ADD CONSTRAINT players_team_fkey FOREIGN KEY (team_id) REFERENCES public.teams(id) NOT VALID;

COMMIT;
