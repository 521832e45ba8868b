CREATE EXTENSION IF NOT EXISTS citext;
CREATE TABLE logins (
    email citext PRIMARY KEY,
    created date
);
CREATE TABLE sessions (
    id integer PRIMARY KEY,
    email citext NOT NULL REFERENCES logins (email) ON UPDATE CASCADE
);
CREATE INDEX sessions_email_idx ON sessions (email);
CREATE VIEW session_emails AS SELECT s.id, l.email FROM sessions s JOIN logins l USING (email);
