CREATE TYPE issue_priority AS ENUM ('low', 'medium', 'high', 'critical');
CREATE TYPE empty_enum AS ENUM ();

CREATE TABLE issues (
    id integer PRIMARY KEY,
    title text NOT NULL
);
