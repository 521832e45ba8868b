CREATE TABLE accounts (
  id serial PRIMARY KEY,
  email text NOT NULL,
  plan text CONSTRAINT accounts_plan_check CHECK (plan IN ('free', 'pro')),
  CONSTRAINT accounts_email_key UNIQUE (email)
);
CREATE TABLE sessions (
  id bigserial PRIMARY KEY,
  account_id int NOT NULL CONSTRAINT sessions_account_fkey REFERENCES accounts (id) ON DELETE CASCADE,
  started_at timestamptz NOT NULL DEFAULT now()
);
