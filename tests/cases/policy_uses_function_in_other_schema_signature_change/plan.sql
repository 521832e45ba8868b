-- schemadiff plan
-- source fingerprint: b96897884ecb1c20
-- target fingerprint: 09469e81437054d5
-- 8 statements; hazards: rewrite

SET check_function_bodies = false;

SET search_path = public;

BEGIN;

DROP POLICY "Tenant Isolation" ON app.docs;

DROP FUNCTION auth.can_see(t integer);

-- hazard: rewrite
ALTER TABLE app.docs ALTER COLUMN tenant TYPE bigint USING tenant::bigint;

-- hazard: rewrite
ALTER TABLE auth.memberships ALTER COLUMN tenant TYPE bigint USING tenant::bigint;

CREATE OR REPLACE FUNCTION auth.can_see(t bigint)
 RETURNS boolean
 LANGUAGE sql
 STABLE
AS $function$ SELECT EXISTS (SELECT 1 FROM auth.memberships m WHERE m.user_name = current_user AND m.tenant = t) $function$;

CREATE POLICY "Tenant Isolation" ON app.docs AS PERMISSIVE FOR ALL TO PUBLIC USING (auth.can_see(tenant));

CREATE POLICY "Writers ""only""" ON app.docs AS PERMISSIVE FOR INSERT TO PUBLIC WITH CHECK (auth.can_see(tenant) AND body IS NOT NULL);

COMMENT ON POLICY "Tenant Isolation" ON app.docs IS 'via auth.can_see';

COMMIT;
