CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');

CREATE TABLE diary (
    id integer PRIMARY KEY,
    mood mood
);
