CREATE TABLE projects (
    id integer PRIMARY KEY,
    tenant_id integer NOT NULL,
    name text
);
CREATE TABLE tasks (
    id integer PRIMARY KEY,
    tenant_id integer NOT NULL,
    project_id integer NOT NULL REFERENCES projects (id)
);
CREATE TABLE milestones (
    id integer PRIMARY KEY,
    tenant_id integer NOT NULL,
    project_id integer REFERENCES projects (id) ON DELETE CASCADE
);
CREATE INDEX tasks_project_idx ON tasks (project_id);
