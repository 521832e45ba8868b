CREATE TABLE accounts (id serial PRIMARY KEY, email text, plan text);
CREATE TABLE sessions (id bigserial PRIMARY KEY, account_id int, started_at timestamptz DEFAULT now());
