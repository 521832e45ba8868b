-- schemadiff plan
-- source fingerprint: e238cd34c26923f4
-- target fingerprint: f67959e183c57dde
-- 2 statements; hazards: long-lock

BEGIN;

-- hazard: long-lock
CREATE INDEX users_admins_idx ON public.users USING btree (id) WHERE (is_admin AND (deleted_at IS NULL));

-- hazard: long-lock
CREATE UNIQUE INDEX users_email_live_key ON public.users USING btree (email) WHERE (deleted_at IS NULL);

COMMIT;
