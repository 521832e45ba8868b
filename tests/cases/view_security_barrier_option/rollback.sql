-- schemadiff rollback
-- source fingerprint: a996aad643ff2d37
-- target fingerprint: 834bc143bf23cd28
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
