-- schemadiff plan
-- source fingerprint: 2c1d8e92fcc4ba7c
-- target fingerprint: c6ce066f7b56575b
-- 10 statements; hazards: long-lock

BEGIN;

DROP INDEX public.tasks_project_idx;

ALTER TABLE public.milestones DROP CONSTRAINT milestones_project_id_fkey;

ALTER TABLE public.tasks DROP CONSTRAINT tasks_project_id_fkey;

ALTER TABLE public.projects DROP CONSTRAINT projects_pkey;

-- hazard: long-lock
ALTER TABLE public.projects ADD CONSTRAINT projects_pkey PRIMARY KEY (tenant_id, id);

ALTER TABLE public.milestones ADD CONSTRAINT milestones_tenant_id_project_id_fkey FOREIGN KEY (tenant_id, project_id) REFERENCES public.projects(tenant_id, id) ON DELETE CASCADE NOT VALID;

ALTER TABLE public.tasks ADD CONSTRAINT tasks_tenant_id_project_id_fkey FOREIGN KEY (tenant_id, project_id) REFERENCES public.projects(tenant_id, id) NOT VALID;

COMMIT;

ALTER TABLE public.milestones VALIDATE CONSTRAINT milestones_tenant_id_project_id_fkey;

ALTER TABLE public.tasks VALIDATE CONSTRAINT tasks_tenant_id_project_id_fkey;

CREATE INDEX CONCURRENTLY tasks_project_idx ON public.tasks USING btree (tenant_id, project_id);
