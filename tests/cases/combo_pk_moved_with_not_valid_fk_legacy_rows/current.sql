CREATE TABLE teams (
    id integer PRIMARY KEY,
    slug text NOT NULL
);
CREATE UNIQUE INDEX teams_slug_idx ON teams (slug);
CREATE TABLE players (
    id integer PRIMARY KEY,
    team_id integer,
    team_slug text
);
ALTER TABLE players ADD CONSTRAINT players_team_fkey FOREIGN KEY (team_id) REFERENCES teams (id) NOT VALID;
