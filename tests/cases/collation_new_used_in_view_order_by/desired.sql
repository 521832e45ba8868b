CREATE SCHEMA i18n;
CREATE COLLATION i18n.swedish (provider = icu, locale = 'sv-SE');
CREATE TABLE cities (id integer PRIMARY KEY, name text NOT NULL);
CREATE VIEW cities_sorted AS SELECT id, name FROM cities ORDER BY name COLLATE i18n.swedish;
