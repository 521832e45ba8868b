-- schemadiff rollback
-- source fingerprint: 3f6c2b501c6103b7
-- target fingerprint: b9ae2a61c1ca9433
-- 1 statement; hazards: none

BEGIN;

CREATE OR REPLACE VIEW public.my_docs AS
 SELECT docs.id,
    docs.owner,
    docs.body
   FROM public.docs
  WHERE (docs.owner = CURRENT_USER);

COMMIT;
