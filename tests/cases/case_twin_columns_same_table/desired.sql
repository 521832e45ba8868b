CREATE TABLE people (id int PRIMARY KEY, "ID" int);
CREATE TABLE "People" ("Id" bigint NOT NULL, id int REFERENCES people(id), "NAME" varchar(50), name text NOT NULL DEFAULT '',
  CONSTRAINT "People_pkey" PRIMARY KEY ("Id"), CONSTRAINT people_name_check CHECK (name <> "NAME"));
CREATE INDEX "People_Id_idx" ON "People" ("NAME");
CREATE INDEX people_id_idx ON "People" (id);
COMMENT ON COLUMN "People"."Id" IS 'upper';
COMMENT ON COLUMN "People".id IS 'lower';
