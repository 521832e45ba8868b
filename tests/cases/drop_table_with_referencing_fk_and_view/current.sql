-- Drop table with referencing fk and view.
CREATE TABLE teams (id bigint PRIMARY KEY, name text NOT NULL);
CREATE TABLE players (
    id bigint PRIMARY KEY,
    team_id bigint REFERENCES teams (id),
    name text NOT NULL
);
CREATE VIEW team_rosters AS SELECT t.name AS team, p.name AS player FROM teams t JOIN players p ON p.team_id = t.id;
CREATE FUNCTION team_name(bigint) RETURNS text LANGUAGE sql STABLE RETURN (SELECT name FROM teams WHERE id = $1);
