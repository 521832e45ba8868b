CREATE SCHEMA ids; CREATE SCHEMA app; CREATE SCHEMA "Audit Log";
CREATE SEQUENCE ids.global_id START 100 INCREMENT 10 CACHE 5;
CREATE SEQUENCE "Audit Log"."Entry Seq" AS integer;
CREATE TABLE app.users (id bigint PRIMARY KEY DEFAULT nextval('ids.global_id'), name text);
CREATE TABLE app.groups (id bigint PRIMARY KEY DEFAULT nextval('ids.global_id'::regclass), title text);
CREATE TABLE "Audit Log"."Entries" (n int DEFAULT nextval('"Audit Log"."Entry Seq"'), gid bigint DEFAULT nextval('ids.global_id'));
ALTER SEQUENCE "Audit Log"."Entry Seq" OWNED BY "Audit Log"."Entries".n;
COMMENT ON SEQUENCE ids.global_id IS 'shared id space';
