-- schemadiff rollback
-- source fingerprint: 7dbf0f32c1aa8847
-- target fingerprint: 2a94ce9eae79d27e
-- 5 statements; hazards: long-lock

BEGIN;

ALTER TABLE public.tasks DROP CONSTRAINT tasks_project_fkey;

ALTER TABLE public.projects DROP CONSTRAINT projects_pkey;

-- hazard: long-lock
ALTER TABLE public.projects ADD CONSTRAINT projects_pkey PRIMARY KEY (id);

ALTER TABLE public.tasks ADD CONSTRAINT tasks_project_fkey FOREIGN KEY (project_id) REFERENCES public.projects(id) NOT VALID;

COMMIT;

ALTER TABLE public.tasks VALIDATE CONSTRAINT tasks_project_fkey;
