CREATE TABLE webhooks (
  id serial PRIMARY KEY,
  payload json NOT NULL DEFAULT '{}',
  headers jsonb
);
