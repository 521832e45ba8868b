CREATE TABLE subs (
    id integer PRIMARY KEY,
    team_id integer NOT NULL,
    status varchar(32) NOT NULL
);
CREATE UNIQUE INDEX subs_one_live_idx ON subs (team_id) WHERE status IN ('trialing', 'active');
