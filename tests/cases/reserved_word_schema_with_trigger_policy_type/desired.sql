CREATE SCHEMA "user";
CREATE TYPE "user"."case" AS ENUM ('when', 'then', 'else');
CREATE TABLE "user"."order" (id int PRIMARY KEY, "select" text, "owner" name DEFAULT current_user,
  "case" "user"."case" DEFAULT 'when', "updated" timestamptz);
CREATE FUNCTION "user"."trigger"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN NEW."updated" := now(); RETURN NEW; END $$;
CREATE TRIGGER "before" BEFORE UPDATE ON "user"."order" FOR EACH ROW EXECUTE FUNCTION "user"."trigger"();
ALTER TABLE "user"."order" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "select" ON "user"."order" FOR SELECT USING ("owner" = current_user);
CREATE POLICY "all" ON "user"."order" FOR ALL USING (true) WITH CHECK ("case" <> 'else');
CREATE INDEX "where" ON "user"."order" ("case", "select");
COMMENT ON TRIGGER "before" ON "user"."order" IS 'stamps "updated"';
COMMENT ON POLICY "select" ON "user"."order" IS 'own rows';
COMMENT ON TYPE "user"."case" IS 'case type';
COMMENT ON INDEX "user"."where" IS 'idx';
COMMENT ON SCHEMA "user" IS 'reserved';
