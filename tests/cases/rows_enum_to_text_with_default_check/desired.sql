CREATE TABLE tickets (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  title text NOT NULL,
  state text NOT NULL DEFAULT 'open' CONSTRAINT tickets_state_check CHECK (state IN ('open', 'pending', 'closed', 'archived'))
);
CREATE INDEX tickets_open_idx ON tickets (id) WHERE state <> 'closed';
