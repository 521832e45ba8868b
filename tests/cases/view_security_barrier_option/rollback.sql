-- schemadiff rollback
-- source fingerprint: 882328623e12c405
-- target fingerprint: 5d95ea4f87fa497f
-- 2 statements; hazards: none

BEGIN;

DROP VIEW public.public_documents;

CREATE VIEW public.public_documents AS
 SELECT documents.id,
    documents.owner_name,
    documents.body
   FROM public.documents
  WHERE documents.is_public;

COMMIT;
