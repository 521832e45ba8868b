-- schemadiff plan
-- source fingerprint: 35f4fb03f7bee76b
-- target fingerprint: 9561bcb4beb3bff9
-- 2 statements; hazards: none

SET search_path = public;

CREATE INDEX CONCURRENTLY users_admins_idx ON public.users USING btree (id) WHERE is_admin AND deleted_at IS NULL;

CREATE UNIQUE INDEX CONCURRENTLY users_email_live_key ON public.users USING btree (email) WHERE deleted_at IS NULL;
