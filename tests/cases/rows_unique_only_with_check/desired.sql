CREATE TABLE accounts (id serial PRIMARY KEY, email text, plan text CHECK (plan IN ('free', 'pro')), CONSTRAINT accounts_email_key UNIQUE (email));
