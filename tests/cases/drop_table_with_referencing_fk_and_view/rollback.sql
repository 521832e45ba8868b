-- schemadiff rollback
-- source fingerprint: b1f6675e13017b5d
-- target fingerprint: 875a56e56c9812db
-- 5 statements; hazards: long-lock

SET check_function_bodies = false;

BEGIN;

CREATE TABLE public.teams (
    id bigint NOT NULL,
    name text NOT NULL
);

CREATE OR REPLACE FUNCTION public.team_name(bigint)
 RETURNS text
 LANGUAGE sql
 STABLE
RETURN (SELECT teams.name FROM public.teams WHERE (teams.id = $1));

ALTER TABLE public.teams ADD CONSTRAINT teams_pkey PRIMARY KEY (id);

-- hazard: long-lock
ALTER TABLE public.players ADD CONSTRAINT players_team_id_fkey FOREIGN KEY (team_id) REFERENCES public.teams(id);

CREATE VIEW public.team_rosters AS
 SELECT t.name AS team,
    p.name AS player
   FROM (public.teams t
     JOIN public.players p ON ((p.team_id = t.id)));

COMMIT;
