-- schemadiff rollback
-- source fingerprint: 90594f728b401a2e
-- target fingerprint: a8b1b524092ab1ad
-- 8 statements; hazards: long-lock

BEGIN;

ALTER TABLE public.tasks DROP CONSTRAINT tasks_project_id_fkey;

ALTER TABLE public.projects DROP CONSTRAINT projects_id_key;

ALTER TABLE public.projects DROP CONSTRAINT projects_pkey;

-- hazard: long-lock
ALTER TABLE public.projects ADD CONSTRAINT projects_pkey PRIMARY KEY (id);

ALTER TABLE public.projects CLUSTER ON projects_pkey;

ALTER TABLE public.projects REPLICA IDENTITY USING INDEX projects_pkey;

ALTER TABLE public.tasks ADD CONSTRAINT tasks_project_id_fkey FOREIGN KEY (project_id) REFERENCES public.projects(id) NOT VALID;

COMMIT;

ALTER TABLE public.tasks VALIDATE CONSTRAINT tasks_project_id_fkey;
