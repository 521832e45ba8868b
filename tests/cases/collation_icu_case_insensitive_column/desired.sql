-- Collation icu case insensitive column.
CREATE COLLATION case_insensitive (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE TABLE members (id bigint PRIMARY KEY, username text COLLATE case_insensitive NOT NULL);
CREATE UNIQUE INDEX members_username_key ON members (username);
