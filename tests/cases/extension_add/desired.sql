CREATE EXTENSION pgcrypto;
CREATE EXTENSION "uuid-ossp";
CREATE EXTENSION hstore;

CREATE TABLE notes (
    id integer PRIMARY KEY,
    body text
);
