CREATE TABLE projects (
    id integer NOT NULL,
    tenant_id integer NOT NULL,
    name text,
    PRIMARY KEY (tenant_id, id)
);
CREATE TABLE tasks (
    id integer PRIMARY KEY,
    tenant_id integer NOT NULL,
    project_id integer NOT NULL,
    FOREIGN KEY (tenant_id, project_id) REFERENCES projects (tenant_id, id)
);
CREATE TABLE milestones (
    id integer PRIMARY KEY,
    tenant_id integer NOT NULL,
    project_id integer,
    FOREIGN KEY (tenant_id, project_id) REFERENCES projects ON DELETE CASCADE
);
CREATE INDEX tasks_project_idx ON tasks (tenant_id, project_id);
