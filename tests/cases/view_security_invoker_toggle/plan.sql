-- schemadiff plan
-- source fingerprint: 11f98245f84fad58
-- target fingerprint: 3ae16a87f92ec6ba
-- 1 statement; hazards: none

SET search_path = public;

BEGIN;

CREATE OR REPLACE VIEW public.my_secrets WITH (security_invoker=true) AS
SELECT id, value FROM secrets WHERE owner = current_user;

COMMIT;
