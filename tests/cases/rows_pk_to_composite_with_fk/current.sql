CREATE TABLE projects (
  id integer NOT NULL,
  tenant_id integer NOT NULL,
  name text NOT NULL,
  CONSTRAINT projects_pkey PRIMARY KEY (id)
);
CREATE TABLE tasks (
  id serial PRIMARY KEY,
  tenant_id integer NOT NULL,
  project_id integer NOT NULL,
  CONSTRAINT tasks_project_fkey FOREIGN KEY (project_id) REFERENCES projects (id)
);
