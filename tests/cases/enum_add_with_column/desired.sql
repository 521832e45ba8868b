CREATE TYPE task_state AS ENUM ('todo', 'doing', 'done');

CREATE TABLE tasks (
    id integer PRIMARY KEY,
    title text NOT NULL,
    state task_state NOT NULL DEFAULT 'todo',
    history task_state[] NOT NULL DEFAULT '{}'
);

CREATE INDEX tasks_open_idx ON tasks (id) WHERE state <> 'done';
