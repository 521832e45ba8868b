-- schemadiff rollback
-- source fingerprint: ca894d2724c62e1a
-- target fingerprint: 908bcd4ac5a0def4
-- 17 statements; hazards: data-loss,irreversible

BEGIN;

DROP POLICY doc_read ON public.documents;

DROP POLICY doc_write ON public.documents;

DROP TRIGGER documents_count ON public.documents;

ALTER TABLE public.documents DROP CONSTRAINT documents_org_id_fkey;

ALTER TABLE public.members DROP CONSTRAINT members_org_id_fkey;

ALTER TABLE public.members DROP CONSTRAINT members_role_check;

-- hazard: data-loss,irreversible
ALTER TABLE public.members DROP COLUMN role;

-- hazard: data-loss,irreversible
ALTER TABLE public.orgs DROP COLUMN document_count;

DROP FUNCTION public.bump_document_count();

DROP FUNCTION public.is_member(p_org integer, p_role text);

ALTER TABLE public.documents NO FORCE ROW LEVEL SECURITY;

-- hazard: data-loss,irreversible
ALTER TABLE public.documents DROP COLUMN deleted;

ALTER TABLE public.documents ADD CONSTRAINT documents_org_id_fkey FOREIGN KEY (org_id) REFERENCES public.orgs(id) NOT VALID;

ALTER TABLE public.members ADD CONSTRAINT members_org_id_fkey FOREIGN KEY (org_id) REFERENCES public.orgs(id) NOT VALID;

CREATE POLICY doc_owner ON public.documents AS PERMISSIVE FOR ALL TO PUBLIC USING ((owner = CURRENT_USER));

COMMIT;

ALTER TABLE public.documents VALIDATE CONSTRAINT documents_org_id_fkey;

ALTER TABLE public.members VALIDATE CONSTRAINT members_org_id_fkey;
