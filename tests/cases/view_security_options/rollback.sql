-- schemadiff rollback
-- source fingerprint: 5318ae0a3d6f4a55
-- target fingerprint: 70b34044ce155c4c
-- 2 statements; hazards: none

BEGIN;

CREATE OR REPLACE VIEW public.my_docs AS
 SELECT docs.id,
    docs.body
   FROM public.docs
  WHERE (docs.owner = CURRENT_USER);

CREATE OR REPLACE VIEW public.public_docs WITH (security_barrier=true) AS
 SELECT docs.id,
    docs.owner,
    docs.body
   FROM public.docs
  WHERE (NOT docs.secret);

COMMIT;
