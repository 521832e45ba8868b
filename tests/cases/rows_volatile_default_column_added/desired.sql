CREATE TABLE api_keys (
  id serial PRIMARY KEY,
  owner text NOT NULL,
  token uuid NOT NULL DEFAULT gen_random_uuid(),
  created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  CONSTRAINT api_keys_token_key UNIQUE (token)
);
