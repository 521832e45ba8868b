CREATE TABLE shifts (
    id integer PRIMARY KEY,
    worker_id integer NOT NULL,
    period daterange NOT NULL
);
