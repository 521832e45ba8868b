-- Fk references unique index rebuilt.
CREATE TABLE countries (id integer PRIMARY KEY, iso text NOT NULL, name text NOT NULL);
CREATE UNIQUE INDEX countries_iso_idx ON countries (iso) INCLUDE (name);
CREATE TABLE cities (id integer PRIMARY KEY, country_iso text NOT NULL REFERENCES countries (iso));
