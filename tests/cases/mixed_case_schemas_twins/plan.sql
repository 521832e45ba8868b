-- schemadiff plan
-- source fingerprint: 166151febff8e40e
-- target fingerprint: 3d374040361a74a2
-- 9 statements; hazards: none

SET check_function_bodies = false;

SET search_path = public;

BEGIN;

CREATE SCHEMA "APP";

CREATE OR REPLACE FUNCTION "App".f()
 RETURNS integer
 LANGUAGE sql
AS $function$SELECT 1$function$;

CREATE OR REPLACE FUNCTION app.f()
 RETURNS integer
 LANGUAGE sql
AS $function$SELECT 2$function$;

CREATE TABLE "APP".t (
    id integer NOT NULL
);

CREATE TABLE "App"."T" (
    id integer
);

ALTER TABLE "App".t ADD COLUMN mixed text;

ALTER TABLE app.t ADD COLUMN lower_only text;

ALTER TABLE "APP".t ADD CONSTRAINT t_pkey PRIMARY KEY (id);

CREATE VIEW "App".v AS
SELECT "App".f() AS a, app.f() AS b;

COMMIT;
