CREATE TABLE places (
    id integer PRIMARY KEY,
    lat double precision NOT NULL,
    lon double precision NOT NULL
);
