CREATE SCHEMA app;
CREATE TABLE public.report (id int PRIMARY KEY, v int);
CREATE VIEW app.report AS SELECT id, v * 2 AS v2 FROM public.report;
