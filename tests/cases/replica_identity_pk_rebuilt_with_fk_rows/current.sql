CREATE TABLE public.tenants (id int PRIMARY KEY);
CREATE TABLE public.projects (tenant_id int NOT NULL REFERENCES public.tenants, id int NOT NULL, name text,
  CONSTRAINT projects_pkey PRIMARY KEY (id));
ALTER TABLE public.projects REPLICA IDENTITY USING INDEX projects_pkey;
ALTER TABLE public.projects CLUSTER ON projects_pkey;
CREATE TABLE public.tasks (id int PRIMARY KEY, project_id int REFERENCES public.projects (id));
