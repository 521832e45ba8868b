CREATE TABLE accounts (id serial PRIMARY KEY, email text NOT NULL, CONSTRAINT accounts_email_key UNIQUE (email));
