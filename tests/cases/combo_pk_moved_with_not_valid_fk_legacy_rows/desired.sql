CREATE TABLE teams (
    id integer NOT NULL,
    slug text NOT NULL,
    PRIMARY KEY (id, slug)
);
CREATE UNIQUE INDEX teams_slug_idx ON teams (slug);
CREATE UNIQUE INDEX teams_id_idx ON teams (id);
CREATE TABLE players (
    id integer PRIMARY KEY,
    team_id integer,
    team_slug text
);
ALTER TABLE players ADD CONSTRAINT players_team_fkey FOREIGN KEY (team_id) REFERENCES teams (id) NOT VALID;
CREATE INDEX players_team_idx ON players (team_id);
