CREATE SCHEMA app;
CREATE TABLE app.m (id int PRIMARY KEY, qty int4, note text);
