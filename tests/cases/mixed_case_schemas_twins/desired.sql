CREATE SCHEMA app; CREATE SCHEMA "App"; CREATE SCHEMA "APP";
CREATE TABLE app.t (id int, lower_only text);
CREATE TABLE "App".t (id int, mixed text);
CREATE TABLE "App"."T" (id int);
CREATE TABLE "APP".t (id int PRIMARY KEY);
CREATE FUNCTION "App".f() RETURNS int LANGUAGE sql AS 'SELECT 1';
CREATE FUNCTION app.f() RETURNS int LANGUAGE sql AS 'SELECT 2';
CREATE VIEW "App".v AS SELECT "App".f() AS a, app.f() AS b;
