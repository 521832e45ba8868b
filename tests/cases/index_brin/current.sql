CREATE TABLE measurements (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sensor_id integer NOT NULL,
    taken_at timestamptz NOT NULL,
    value double precision
);
