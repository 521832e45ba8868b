-- schemadiff rollback
-- source fingerprint: 8c816030bba3a6f2
-- target fingerprint: 79ed7e7fef17f019
-- 4 statements; hazards: long-lock

BEGIN;

ALTER TABLE public.tasks DROP CONSTRAINT tasks_project_fkey;

ALTER TABLE public.projects DROP CONSTRAINT projects_pkey;

-- hazard: long-lock
ALTER TABLE public.projects ADD CONSTRAINT projects_pkey PRIMARY KEY (id);

-- hazard: long-lock
ALTER TABLE public.tasks ADD CONSTRAINT tasks_project_fkey FOREIGN KEY (project_id) REFERENCES public.projects(id);

COMMIT;
