-- schemadiff plan
-- source fingerprint: 193f88a19a9158d6
-- target fingerprint: 09bc5e38cbf71ec4
-- 11 statements; hazards: rewrite

SET check_function_bodies = false;

SET search_path = public;

BEGIN;

DROP POLICY projects_owner ON public.projects;

DROP VIEW public.project_overview;

CREATE OR REPLACE FUNCTION public.set_updated_at()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
    NEW.updated_at := now();
    IF TG_TABLE_NAME = 'projects' THEN
        NEW.version := OLD.version + 1;
    END IF;
    RETURN NEW;
END;
$function$;

-- hazard: rewrite
ALTER TABLE public.projects ALTER COLUMN owner_id TYPE bigint USING owner_id::bigint;

CREATE OR REPLACE TRIGGER projects_set_updated_at BEFORE UPDATE ON public.projects FOR EACH ROW WHEN ((old.* IS DISTINCT FROM new.*)) EXECUTE FUNCTION public.set_updated_at();

ALTER TABLE public.orgs ADD COLUMN archived boolean DEFAULT false NOT NULL;

ALTER TABLE public.projects ADD COLUMN version integer DEFAULT 1 NOT NULL;

CREATE VIEW public.project_overview AS
SELECT p.id, p.name, o.name AS org_name, p.owner_id, p.version
    FROM projects p
    JOIN orgs o ON o.id = p.org_id
    WHERE NOT o.archived;

CREATE POLICY projects_no_org_hop ON public.projects AS RESTRICTIVE FOR UPDATE TO PUBLIC USING (true) WITH CHECK (org_id = current_setting('app.org_id')::integer);

CREATE POLICY projects_owner ON public.projects AS PERMISSIVE FOR ALL TO PUBLIC USING (owner_id = current_setting('app.user_id')::bigint);

COMMENT ON VIEW public.project_overview IS 'Projects of live organisations';

COMMIT;
