-- schemadiff plan
-- source fingerprint: 834bc143bf23cd28
-- target fingerprint: a996aad643ff2d37
-- 2 statements; hazards: none

SET search_path = "$user", public;

BEGIN;

DROP VIEW public.public_documents;

CREATE VIEW public.public_documents WITH (security_barrier=true) AS
SELECT id, owner_name, body
    FROM documents
    WHERE is_public;

COMMIT;
