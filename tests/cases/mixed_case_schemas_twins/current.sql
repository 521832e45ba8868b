CREATE SCHEMA app; CREATE TABLE app.t (id int); CREATE SCHEMA "App"; CREATE TABLE "App".t (id int);
