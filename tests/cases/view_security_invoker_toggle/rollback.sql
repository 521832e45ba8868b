-- schemadiff rollback
-- source fingerprint: 3ae16a87f92ec6ba
-- target fingerprint: 11f98245f84fad58
-- 1 statement; hazards: none

BEGIN;

CREATE OR REPLACE VIEW public.my_secrets WITH (security_barrier=true) AS
 SELECT secrets.id,
    secrets.value
   FROM public.secrets
  WHERE (secrets.owner = CURRENT_USER);

COMMIT;
