CREATE TABLE jobs (id int PRIMARY KEY, state text, queue text);
CREATE INDEX ON jobs (state);
CREATE INDEX ON jobs (state) WHERE state <> 'done';
CREATE INDEX ON jobs (lower(queue));
CREATE INDEX ON jobs (upper(queue));
