-- schemadiff plan
-- source fingerprint: 984cf154d0ee8c24
-- target fingerprint: e56d771001a0c5bf
-- 5 statements; hazards: long-lock

BEGIN;

ALTER TABLE public.tasks DROP CONSTRAINT tasks_project_fkey;

ALTER TABLE public.projects DROP CONSTRAINT projects_pkey;

-- hazard: long-lock
ALTER TABLE public.projects ADD CONSTRAINT projects_pkey PRIMARY KEY (tenant_id, id);

ALTER TABLE public.tasks ADD CONSTRAINT tasks_project_fkey FOREIGN KEY (tenant_id, project_id) REFERENCES public.projects(tenant_id, id) NOT VALID;

COMMIT;

ALTER TABLE public.tasks VALIDATE CONSTRAINT tasks_project_fkey;
