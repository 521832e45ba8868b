-- schemadiff rollback
-- source fingerprint: 09469e81437054d5
-- target fingerprint: b96897884ecb1c20
-- 7 statements; hazards: rewrite

SET check_function_bodies = false;

BEGIN;

DROP POLICY "Tenant Isolation" ON app.docs;

DROP POLICY "Writers ""only""" ON app.docs;

DROP FUNCTION auth.can_see(t bigint);

-- hazard: rewrite
ALTER TABLE app.docs ALTER COLUMN tenant TYPE integer USING tenant::integer;

-- hazard: rewrite
ALTER TABLE auth.memberships ALTER COLUMN tenant TYPE integer USING tenant::integer;

CREATE OR REPLACE FUNCTION auth.can_see(t integer)
 RETURNS boolean
 LANGUAGE sql
 STABLE
AS $function$ SELECT EXISTS (SELECT 1 FROM auth.memberships m WHERE m.user_name = current_user AND m.tenant = t) $function$;

CREATE POLICY "Tenant Isolation" ON app.docs AS PERMISSIVE FOR ALL TO PUBLIC USING (auth.can_see(tenant));

COMMIT;
