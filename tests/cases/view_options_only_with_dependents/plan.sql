-- schemadiff plan
-- source fingerprint: b9ae2a61c1ca9433
-- target fingerprint: 3f6c2b501c6103b7
-- 1 statement; hazards: none

SET search_path = public;

BEGIN;

CREATE OR REPLACE VIEW public.my_docs WITH (security_barrier=true, security_invoker=true) AS
SELECT id, owner, body FROM docs WHERE owner = current_user;

COMMIT;
