CREATE TABLE teams (
    id integer PRIMARY KEY,
    captain_id integer
);

CREATE TABLE players (
    id integer PRIMARY KEY,
    team_id integer
);
