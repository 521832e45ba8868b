CREATE TABLE accounts (id int PRIMARY KEY, email text NOT NULL);
CREATE INDEX accounts_email_key ON accounts (lower(email));
