CREATE TYPE ticket_state AS ENUM ('open', 'pending', 'closed');
CREATE TABLE tickets (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  title text NOT NULL,
  state ticket_state NOT NULL DEFAULT 'open'
);
CREATE INDEX tickets_open_idx ON tickets (id) WHERE state <> 'closed';
