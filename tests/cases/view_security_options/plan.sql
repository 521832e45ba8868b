-- schemadiff plan
-- source fingerprint: 70b34044ce155c4c
-- target fingerprint: 5318ae0a3d6f4a55
-- 2 statements; hazards: none

SET search_path = public;

BEGIN;

CREATE OR REPLACE VIEW public.my_docs WITH (security_barrier=true, check_option=cascaded) AS
 SELECT docs.id,
    docs.body
   FROM public.docs
  WHERE (docs.owner = CURRENT_USER);

CREATE OR REPLACE VIEW public.public_docs WITH (security_barrier=false, security_invoker=true) AS
SELECT id, owner, body FROM docs WHERE NOT secret;

COMMIT;
