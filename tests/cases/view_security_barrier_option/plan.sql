-- schemadiff plan
-- source fingerprint: fb9e4615fda2e3ff
-- target fingerprint: 199e663b0f4031cb
-- 2 statements; hazards: none

SET search_path = "$user", public;

BEGIN;

DROP VIEW public.public_documents;

CREATE VIEW public.public_documents WITH (security_barrier=true) AS
SELECT id, owner_name, body
    FROM documents
    WHERE is_public;

COMMIT;
