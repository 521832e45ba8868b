-- schemadiff plan
-- source fingerprint: 3d6fbd0f962041d4
-- target fingerprint: bbba7928c06ea5cc
-- 14 statements; hazards: none

SET check_function_bodies = false;

SET search_path = public;

BEGIN;

ALTER TABLE "user"."order" ENABLE ROW LEVEL SECURITY;

CREATE TYPE "user"."case" AS ENUM ('when', 'then', 'else');

CREATE OR REPLACE FUNCTION "user".trigger()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN NEW."updated" := now(); RETURN NEW; END $function$;

ALTER TABLE "user"."order" ADD COLUMN "case" "user"."case" DEFAULT 'when'::"user"."case";

ALTER TABLE "user"."order" ADD COLUMN updated timestamp with time zone;

CREATE TRIGGER before BEFORE UPDATE ON "user"."order" FOR EACH ROW EXECUTE FUNCTION "user".trigger();

CREATE POLICY "all" ON "user"."order" AS PERMISSIVE FOR ALL TO PUBLIC USING (true) WITH CHECK ("case" <> 'else');

CREATE POLICY "select" ON "user"."order" AS PERMISSIVE FOR SELECT TO PUBLIC USING ("owner" = current_user);

COMMENT ON SCHEMA "user" IS 'reserved';

COMMENT ON POLICY "select" ON "user"."order" IS 'own rows';

COMMENT ON TRIGGER before ON "user"."order" IS 'stamps "updated"';

COMMENT ON TYPE "user"."case" IS 'case type';

COMMIT;

CREATE INDEX CONCURRENTLY "where" ON "user"."order" USING btree ("case", "select");

COMMENT ON INDEX "user"."where" IS 'idx';
