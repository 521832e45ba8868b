CREATE TYPE dims AS (w numeric, h numeric);
CREATE TABLE boxes (
    id integer PRIMARY KEY,
    size dims
);
ALTER TABLE boxes ADD CONSTRAINT boxes_w_check CHECK ((size).w > 0) NOT VALID;
CREATE INDEX boxes_h_idx ON boxes (((size).h));
