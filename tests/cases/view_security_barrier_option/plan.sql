-- schemadiff plan
-- source fingerprint: 5d95ea4f87fa497f
-- target fingerprint: 882328623e12c405
-- 2 statements; hazards: none

SET search_path = "$user", public;

BEGIN;

DROP VIEW public.public_documents;

CREATE VIEW public.public_documents WITH (security_barrier=true) AS
SELECT id, owner_name, body
    FROM documents
    WHERE is_public;

COMMIT;
