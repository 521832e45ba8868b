-- schemadiff rollback
-- source fingerprint: 09bc5e38cbf71ec4
-- target fingerprint: 193f88a19a9158d6
-- 10 statements; hazards: data-loss,rewrite,irreversible

SET check_function_bodies = false;

BEGIN;

DROP POLICY projects_no_org_hop ON public.projects;

DROP POLICY projects_owner ON public.projects;

DROP VIEW public.project_overview;

-- hazard: data-loss,irreversible
ALTER TABLE public.orgs DROP COLUMN archived;

-- hazard: data-loss,irreversible
ALTER TABLE public.projects DROP COLUMN version;

CREATE OR REPLACE FUNCTION public.set_updated_at()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END;
$function$;

-- hazard: rewrite
ALTER TABLE public.projects ALTER COLUMN owner_id TYPE integer USING owner_id::integer;

CREATE OR REPLACE TRIGGER projects_set_updated_at BEFORE UPDATE ON public.projects FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();

CREATE VIEW public.project_overview AS
 SELECT p.id,
    p.name,
    o.name AS org_name,
    p.owner_id
   FROM (public.projects p
     JOIN public.orgs o ON ((o.id = p.org_id)));

CREATE POLICY projects_owner ON public.projects AS PERMISSIVE FOR ALL TO PUBLIC USING ((owner_id = (current_setting('app.user_id'::text))::integer));

COMMIT;
