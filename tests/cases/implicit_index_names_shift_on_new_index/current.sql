CREATE TABLE jobs (id int PRIMARY KEY, state text, queue text);
CREATE INDEX ON jobs (state) WHERE state <> 'done';
