-- schemadiff plan
-- source fingerprint: 3a783bccd849db5d
-- target fingerprint: 9a6b79f62c544bd3
-- 6 statements; hazards: long-lock

BEGIN;

ALTER TABLE public.players DROP CONSTRAINT players_team_fkey;

ALTER TABLE public.teams DROP CONSTRAINT teams_pkey;

-- hazard: long-lock
ALTER TABLE public.teams ADD CONSTRAINT teams_pkey PRIMARY KEY (id, slug);

-- hazard: long-lock
CREATE UNIQUE INDEX teams_id_idx ON public.teams USING btree (id);

ALTER TABLE public.players ADD CONSTRAINT players_team_fkey FOREIGN KEY (team_id) REFERENCES public.teams(id) NOT VALID;

COMMIT;

CREATE INDEX CONCURRENTLY players_team_idx ON public.players USING btree (team_id);
