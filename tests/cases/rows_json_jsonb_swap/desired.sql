CREATE TABLE webhooks (
  id serial PRIMARY KEY,
  payload jsonb NOT NULL DEFAULT '{}',
  headers json
);
CREATE INDEX webhooks_payload_idx ON webhooks USING gin (payload);
