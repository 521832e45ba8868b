CREATE TYPE dims AS (w integer, h integer);
CREATE TABLE boxes (
    id integer PRIMARY KEY,
    size dims
);
ALTER TABLE boxes ADD CONSTRAINT boxes_w_check CHECK ((size).w > 0) NOT VALID;
