-- schemadiff plan
-- source fingerprint: 908bcd4ac5a0def4
-- target fingerprint: ca894d2724c62e1a
-- 18 statements; hazards: none

SET check_function_bodies = false;

SET search_path = public;

BEGIN;

DROP POLICY doc_owner ON public.documents;

ALTER TABLE public.documents DROP CONSTRAINT documents_org_id_fkey;

ALTER TABLE public.members DROP CONSTRAINT members_org_id_fkey;

ALTER TABLE public.documents FORCE ROW LEVEL SECURITY;

CREATE OR REPLACE FUNCTION public.bump_document_count()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
begin
    if tg_op = 'INSERT' then
        update orgs set document_count = document_count + 1 where id = new.org_id;
    elsif tg_op = 'DELETE' then
        update orgs set document_count = document_count - 1 where id = old.org_id;
    end if;
    return null;
end $function$;

CREATE OR REPLACE FUNCTION public.is_member(p_org integer, p_role text DEFAULT 'viewer'::text)
 RETURNS boolean
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'public'
AS $function$ select exists (select 1 from members m where m.org_id = p_org and m.user_name = current_user
                         and (p_role = 'viewer' or m.role in (p_role, 'admin'))) $function$;

ALTER TABLE public.documents ADD COLUMN deleted boolean DEFAULT false NOT NULL;

ALTER TABLE public.members ADD COLUMN role text DEFAULT 'viewer'::text NOT NULL;

ALTER TABLE public.orgs ADD COLUMN document_count integer DEFAULT 0 NOT NULL;

ALTER TABLE public.members ADD CONSTRAINT members_role_check CHECK (role in ('viewer', 'editor', 'admin')) NOT VALID;

ALTER TABLE public.documents ADD CONSTRAINT documents_org_id_fkey FOREIGN KEY (org_id) REFERENCES public.orgs(id) ON DELETE CASCADE NOT VALID;

ALTER TABLE public.members ADD CONSTRAINT members_org_id_fkey FOREIGN KEY (org_id) REFERENCES public.orgs(id) ON DELETE CASCADE NOT VALID;

CREATE TRIGGER documents_count AFTER INSERT OR DELETE ON public.documents FOR EACH ROW EXECUTE FUNCTION public.bump_document_count();

CREATE POLICY doc_read ON public.documents AS PERMISSIVE FOR SELECT TO PUBLIC USING (not deleted and is_member(org_id));

CREATE POLICY doc_write ON public.documents AS PERMISSIVE FOR ALL TO PUBLIC USING (is_member(org_id, 'editor')) WITH CHECK (is_member(org_id, 'editor'));

COMMIT;

ALTER TABLE public.members VALIDATE CONSTRAINT members_role_check;

ALTER TABLE public.documents VALIDATE CONSTRAINT documents_org_id_fkey;

ALTER TABLE public.members VALIDATE CONSTRAINT members_org_id_fkey;
