-- schemadiff rollback
-- source fingerprint: fa371ef15925e482
-- target fingerprint: 1d8b501c33bb30ed
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
