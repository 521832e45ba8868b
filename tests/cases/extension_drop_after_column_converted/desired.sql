-- Extension drop after column converted.
CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL UNIQUE);
CREATE INDEX users_email_lower_idx ON users (lower(email));
