-- schemadiff rollback
-- source fingerprint: b7f245a5541367f2
-- target fingerprint: 18acb5b3bef94fe2
-- 4 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

ALTER TABLE app.thing ALTER COLUMN code DROP DEFAULT;

DROP FUNCTION util.gen_code(p text, n integer);

CREATE OR REPLACE FUNCTION util.gen_code(p text)
 RETURNS text
 LANGUAGE sql
AS $function$ SELECT p || '-' || 1 $function$;

ALTER TABLE app.thing ALTER COLUMN code SET DEFAULT util.gen_code('T'::text);

COMMIT;
