-- Extension drop after column converted.
CREATE EXTENSION citext;
CREATE TABLE users (id bigint PRIMARY KEY, email citext NOT NULL UNIQUE);
CREATE INDEX users_email_lower_idx ON users (lower(email::text));
