-- schemadiff plan
-- source fingerprint: 7384c907023dcb5c
-- target fingerprint: fb80eab02bad3559
-- 4 statements; hazards: long-lock

BEGIN;

ALTER TABLE public.members DROP CONSTRAINT members_login_key;

-- hazard: long-lock
ALTER TABLE public.members ADD CONSTRAINT members_login_key UNIQUE (org, login);

ALTER TABLE public.members CLUSTER ON members_login_key;

ALTER TABLE public.members REPLICA IDENTITY USING INDEX members_login_key;

COMMIT;
