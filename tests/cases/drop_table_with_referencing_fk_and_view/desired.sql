-- Drop table with referencing fk and view.
CREATE TABLE players (
    id bigint PRIMARY KEY,
    team_id bigint,
    name text NOT NULL
);
