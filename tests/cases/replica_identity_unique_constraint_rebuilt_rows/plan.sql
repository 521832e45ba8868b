-- schemadiff plan
-- source fingerprint: a2a8eed2a87eb819
-- target fingerprint: 5737a81497e14c29
-- 4 statements; hazards: long-lock

BEGIN;

ALTER TABLE public.members DROP CONSTRAINT members_login_key;

-- hazard: long-lock
ALTER TABLE public.members ADD CONSTRAINT members_login_key UNIQUE (org, login);

ALTER TABLE public.members CLUSTER ON members_login_key;

ALTER TABLE public.members REPLICA IDENTITY USING INDEX members_login_key;

COMMIT;
