CREATE TABLE logins (
    email text PRIMARY KEY,
    created date
);
CREATE TABLE sessions (
    id integer PRIMARY KEY,
    email text NOT NULL REFERENCES logins (email) ON UPDATE CASCADE
);
CREATE VIEW session_emails AS SELECT s.id, l.email FROM sessions s JOIN logins l USING (email);
