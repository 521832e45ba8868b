-- Collation icu case insensitive column.
CREATE TABLE members (id bigint PRIMARY KEY, username text NOT NULL);
CREATE UNIQUE INDEX members_username_key ON members (username);
