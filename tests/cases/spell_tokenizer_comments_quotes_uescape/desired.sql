CREATE /* c1 /* nested */ still comment */ TABLE "a;b" (id int);
CREATE
  TABLE -- trailing comment ;
  t2 (s text DEFAULT E'it\'s; \\ ok', q text DEFAULT 'x'';y');
COMMENT ON TABLE t2 IS $a$ has $$ inside; and $b$ too $a$;
CREATE FUNCTION f() RETURNS text LANGUAGE plpgsql AS $fn$
begin
  -- comment with ; and $$ 
  return 'a;b' || $$x;y$$;
end
$fn$;
CREATE TABLE U&"d!0061t!+000061" UESCAPE '!' (id int);
CREATE SCHEMA AUTHORIZATION sd_admin;
CREATE TABLE sd_admin.x (id int);
CREATE TABLE IF NOT EXISTS t3 (id int);
CREATE TABLE IF NOT EXISTS t3 (other int);
CREATE OR REPLACE RECURSIVE VIEW rv (n) AS SELECT 1 UNION ALL SELECT n + 1 FROM rv WHERE n < 3;
CREATE TABLE t4 (id int)
;
CREATE TABLE "select" ("from" int, "Where" text);
CREATE VIEW v5 AS SELECT 1 AS a -- no semicolon at end
