CREATE SCHEMA app;
CREATE TABLE users (id int PRIMARY KEY, name text);
CREATE TABLE app.users (id int PRIMARY KEY, name text);
CREATE TABLE app.posts (id int PRIMARY KEY, user_id int REFERENCES public.users (id));
