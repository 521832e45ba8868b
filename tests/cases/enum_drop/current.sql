CREATE TYPE legacy_state AS ENUM ('a', 'b', 'c');
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');

CREATE TABLE diary (
    id integer PRIMARY KEY,
    mood mood
);
