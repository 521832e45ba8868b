CREATE EXTENSION btree_gist;

CREATE TABLE shifts (
    id integer PRIMARY KEY,
    worker_id integer NOT NULL,
    period daterange NOT NULL,
    CONSTRAINT shifts_no_double_booking EXCLUDE USING gist (worker_id WITH =, period WITH &&) DEFERRABLE INITIALLY DEFERRED
);
