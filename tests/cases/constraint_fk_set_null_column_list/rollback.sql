-- schemadiff rollback
-- source fingerprint: b25ec677ea474580
-- target fingerprint: e8d783c1c54c68ea
-- 3 statements; hazards: none

BEGIN;

ALTER TABLE public.documents DROP CONSTRAINT documents_author_fk;

ALTER TABLE public.documents ADD CONSTRAINT documents_author_fk FOREIGN KEY (tenant_id, author_id) REFERENCES public.users(tenant_id, id) NOT VALID;

COMMIT;

ALTER TABLE public.documents VALIDATE CONSTRAINT documents_author_fk;
