-- schemadiff rollback
-- source fingerprint: e56d771001a0c5bf
-- target fingerprint: 984cf154d0ee8c24
-- 5 statements; hazards: long-lock

BEGIN;

ALTER TABLE public.tasks DROP CONSTRAINT tasks_project_fkey;

ALTER TABLE public.projects DROP CONSTRAINT projects_pkey;

-- hazard: long-lock
ALTER TABLE public.projects ADD CONSTRAINT projects_pkey PRIMARY KEY (id);

ALTER TABLE public.tasks ADD CONSTRAINT tasks_project_fkey FOREIGN KEY (project_id) REFERENCES public.projects(id) NOT VALID;

COMMIT;

ALTER TABLE public.tasks VALIDATE CONSTRAINT tasks_project_fkey;
