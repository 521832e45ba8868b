CREATE TABLE projects (
  id integer NOT NULL,
  tenant_id integer NOT NULL,
  name text NOT NULL,
  CONSTRAINT projects_pkey PRIMARY KEY (tenant_id, id)
);
CREATE TABLE tasks (
  id serial PRIMARY KEY,
  tenant_id integer NOT NULL,
  project_id integer NOT NULL,
  CONSTRAINT tasks_project_fkey FOREIGN KEY (tenant_id, project_id) REFERENCES projects (tenant_id, id)
);
