CREATE SCHEMA app;
CREATE TABLE app.tags_v2 (id int CONSTRAINT tags_pkey PRIMARY KEY, label text CONSTRAINT tags_label_key UNIQUE);
CREATE TABLE app.tags (id int PRIMARY KEY, label text UNIQUE);
CREATE VIEW public.tag_labels AS SELECT label FROM app.tags;
