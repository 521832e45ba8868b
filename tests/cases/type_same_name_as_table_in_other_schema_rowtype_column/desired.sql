CREATE SCHEMA app;
CREATE TABLE public.users (id int, name text);
CREATE TYPE app.users AS (id bigint, email text, verified boolean);
CREATE TABLE app.snapshots (id int PRIMARY KEY, pub public.users, own app.users, own_list app.users[]);
CREATE FUNCTION app.users(u public.users) RETURNS app.users LANGUAGE sql IMMUTABLE AS $$ SELECT ROW(u.id, u.name || '@x', false)::app.users $$;
CREATE VIEW app.users_v AS SELECT id, app.users(pub) AS converted FROM app.snapshots;
