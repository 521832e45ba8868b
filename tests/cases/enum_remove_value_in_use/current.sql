CREATE TYPE doc_state AS ENUM ('draft', 'review', 'published', 'deleted');

CREATE TABLE docs (
    id integer PRIMARY KEY,
    state doc_state NOT NULL DEFAULT 'draft',
    previous_states doc_state[],
    CONSTRAINT docs_state_check CHECK (state <> 'review' OR id > 0)
);

CREATE INDEX docs_published_idx ON docs (id) WHERE state = 'published';
