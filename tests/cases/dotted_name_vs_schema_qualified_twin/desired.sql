CREATE SCHEMA a;
CREATE TABLE "a.b" (id int PRIMARY KEY, v varchar(20), extra int DEFAULT 1);
CREATE TABLE a.b (id int PRIMARY KEY, w text NOT NULL, ref int REFERENCES public."a.b" (id));
CREATE TABLE "a"."a.b" (id int PRIMARY KEY);
CREATE VIEW "a.b_v" AS SELECT x.id, x.v, y.w FROM "a.b" x JOIN a.b y USING (id);
CREATE INDEX "a.b_idx" ON a.b (w);
COMMENT ON TABLE "a.b" IS 'public table with a dot';
COMMENT ON TABLE a.b IS 'schema a table b';
