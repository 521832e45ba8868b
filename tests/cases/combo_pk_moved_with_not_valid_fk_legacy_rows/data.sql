ALTER TABLE players DROP CONSTRAINT players_team_fkey;
INSERT INTO teams VALUES (1, 'red'), (2, 'blue');
INSERT INTO players VALUES (1, 1, 'red'), (2, 77, 'gone');
ALTER TABLE players ADD CONSTRAINT players_team_fkey FOREIGN KEY (team_id) REFERENCES teams (id) NOT VALID;
