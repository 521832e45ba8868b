CREATE TABLE jobs (
  id bigserial PRIMARY KEY,
  queue text NOT NULL DEFAULT 'main',
  priority integer NOT NULL DEFAULT 0,
  attempts integer NOT NULL DEFAULT 0
);
