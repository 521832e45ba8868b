CREATE COLLATION german_phonebook (provider = icu, locale = 'de-u-co-phonebk');
CREATE TYPE contact AS (name text COLLATE german_phonebook, email text);
CREATE TABLE members (
    id integer PRIMARY KEY,
    handle text NOT NULL,
    info contact
);
CREATE INDEX members_handle_de_idx ON members ((handle COLLATE german_phonebook));
