-- schemadiff plan
-- source fingerprint: b65453503a5fdb4c
-- target fingerprint: 6185b6f0c3995927
-- 2 statements; hazards: data-loss,irreversible

SET search_path = public;

BEGIN;

-- hazard: data-loss,irreversible
ALTER TABLE public.users DROP COLUMN legacy_pw;

CREATE OR REPLACE VIEW public.user_emails AS
SELECT id, email FROM active_users();

COMMIT;
