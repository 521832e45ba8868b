CREATE SCHEMA app;
CREATE TABLE app.report (id int PRIMARY KEY, v int);
CREATE VIEW public.report AS SELECT id, v * 2 AS v2 FROM app.report;
