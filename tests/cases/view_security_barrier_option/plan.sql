-- schemadiff plan
-- source fingerprint: fb9e4615fda2e3ff
-- target fingerprint: 199e663b0f4031cb
-- 1 statement; hazards: none

SET search_path = public;

BEGIN;

CREATE OR REPLACE VIEW public.public_documents WITH (security_barrier=true) AS
SELECT id, owner_name, body
    FROM documents
    WHERE is_public;

COMMIT;
