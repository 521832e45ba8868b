CREATE SCHEMA app;
CREATE TABLE public.users (id int, name text);
CREATE TYPE app.users AS (id bigint, email text);
CREATE TABLE app.snapshots (id int PRIMARY KEY, pub public.users, own app.users);
