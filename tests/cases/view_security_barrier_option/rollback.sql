-- schemadiff rollback
-- source fingerprint: 199e663b0f4031cb
-- target fingerprint: fb9e4615fda2e3ff
-- 1 statement; hazards: none

BEGIN;

CREATE OR REPLACE VIEW public.public_documents AS
 SELECT documents.id,
    documents.owner_name,
    documents.body
   FROM public.documents
  WHERE documents.is_public;

COMMIT;
