CREATE TABLE teams (
    id integer PRIMARY KEY,
    captain_id integer
);

CREATE TABLE players (
    id integer PRIMARY KEY,
    team_id integer
);

ALTER TABLE teams ADD CONSTRAINT teams_captain_fkey FOREIGN KEY (captain_id) REFERENCES players (id);
ALTER TABLE players ADD CONSTRAINT players_team_fkey FOREIGN KEY (team_id) REFERENCES teams (id) ON DELETE CASCADE;
