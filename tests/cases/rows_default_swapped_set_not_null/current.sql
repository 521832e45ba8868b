CREATE TABLE jobs (
  id bigserial PRIMARY KEY,
  queue text DEFAULT 'default',
  priority integer DEFAULT 5,
  attempts integer
);
